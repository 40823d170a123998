package app.involvement.identity.internal;

import app.involvement.identity.MembershipView;
import app.involvement.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must pass a second step after the password: everyone who has set up an authenticator app, and
 * everyone whose roles require one — platform admins, leads, and coordinators and finance staff of a
 * provider that requires it. One account with several memberships follows the strictest of them.
 */
@Component
@Transactional(readOnly = true)
class TwoStepRequirement {

    private final SecondFactorRepository factors;
    private final TwoStepPolicyRepository policies;

    TwoStepRequirement(SecondFactorRepository factors, TwoStepPolicyRepository policies) {
        this.factors = factors;
        this.policies = policies;
    }

    boolean required(Role platformRole, List<MembershipView> memberships) {
        if (platformRole == Role.PLATFORM_ADMIN || memberships.stream().anyMatch(m -> m.role() == Role.LEAD)) {
            return true;
        }
        List<Long> staffProviders = memberships.stream()
                .filter(m -> m.role() == Role.COORDINATOR || m.role() == Role.FINANCE)
                .map(MembershipView::providerId)
                .toList();
        return !staffProviders.isEmpty() && !policies.requiringStaff(staffProviders).isEmpty();
    }

    boolean enrolled(Long userId) {
        return factors.existsByUserId(userId);
    }

    boolean secondStepNeeded(Long userId, Role platformRole, List<MembershipView> memberships) {
        return enrolled(userId) || required(platformRole, memberships);
    }
}
