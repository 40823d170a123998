package app.involvement.retention.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunRepository extends JpaRepository<RetentionRunEntry, Long> {

    List<RetentionRunEntry> findByOrderByRanAtDescIdDesc(Pageable page);
}
