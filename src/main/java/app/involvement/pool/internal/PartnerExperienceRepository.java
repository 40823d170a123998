package app.involvement.pool.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerExperienceRepository extends JpaRepository<PartnerExperience, Long> {

    List<PartnerExperience> findByPartnerId(Long partnerId);
}
