package app.involvement.dataexport.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CopyRepository extends JpaRepository<CopyEntry, Long> {

    Optional<CopyEntry> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from CopyEntry c where c.partnerId = :partnerId")
    int deleteByPartner(Long partnerId);
}
