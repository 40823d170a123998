package app.involvement.privacy.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SensitiveLookRepository extends JpaRepository<SensitiveLookEntry, Long> {

    @Query("select l from SensitiveLookEntry l where l.partnerId = :partnerId order by l.lookedAt desc, l.id desc")
    List<SensitiveLookEntry> forPartner(Long partnerId, Pageable pageable);

    long countByPartnerId(Long partnerId);

    @Modifying
    @Query("delete from SensitiveLookEntry l where l.partnerId = :partnerId")
    int deleteForPartner(Long partnerId);
}
