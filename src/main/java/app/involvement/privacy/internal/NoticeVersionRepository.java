package app.involvement.privacy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeVersionRepository extends JpaRepository<NoticeVersionEntry, Long> {

    @Query("select v from NoticeVersionEntry v order by v.number desc")
    List<NoticeVersionEntry> newestFirst(Pageable pageable);

    @Query("select coalesce(max(v.number), 0) from NoticeVersionEntry v")
    int lastNumber();

    default Optional<NoticeVersionEntry> newest() {
        return newestFirst(org.springframework.data.domain.PageRequest.of(0, 1)).stream().findFirst();
    }
}
