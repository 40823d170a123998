package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.TwoStepPolicy;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('LEAD')")
class DefaultTwoStepPolicy implements TwoStepPolicy {

    private final TwoStepPolicyRepository policies;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Clock clock;

    DefaultTwoStepPolicy(TwoStepPolicyRepository policies, CurrentUser currentUser, Audit audit, Clock clock) {
        this.policies = policies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean requiredForStaff() {
        return policies.findByTenantId(TenantContext.require()).map(TwoStepPolicySetting::isStaffRequired).orElse(false);
    }

    @Override
    public void requireForStaff(boolean required) {
        long tenantId = TenantContext.require();
        var setting = policies.findByTenantId(tenantId).orElseGet(() -> new TwoStepPolicySetting(tenantId));
        setting.change(required, clock.instant());
        policies.save(setting);
        String email = currentUser.require().email();
        audit.record("MFA_POLICY_CHANGED", tenantId, email, "provider " + tenantId,
                required ? "coordinators and finance must use two-step sign-in" : "two-step sign-in optional for coordinators and finance");
    }
}
