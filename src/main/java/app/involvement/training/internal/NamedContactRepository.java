package app.involvement.training.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface NamedContactRepository extends JpaRepository<NamedContactAssignment, Long> {

    Optional<NamedContactAssignment> findByPartnerId(Long partnerId);
}
