package app.involvement.pool.internal;

import app.involvement.pool.PartnerStatus;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate: every query sees the current provider's partners only. */
interface PartnerRepository extends JpaRepository<Partner, Long> {

    Optional<Partner> findByUserId(Long userId);

    @Query("select p.id from Partner p where p.userId = :userId")
    Optional<Long> findIdByUserId(Long userId);

    Optional<Partner> findByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    long countByStatus(PartnerStatus status);
}
