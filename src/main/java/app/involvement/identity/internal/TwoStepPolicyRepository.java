package app.involvement.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TwoStepPolicyRepository extends JpaRepository<TwoStepPolicySetting, Long> {

    Optional<TwoStepPolicySetting> findByTenantId(Long tenantId);

    @Query("select s.tenantId from TwoStepPolicySetting s where s.tenantId in :tenantIds and s.staffRequired = true")
    List<Long> requiringStaff(Collection<Long> tenantIds);
}
