package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.identity.StaffMember;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('LEAD')")
class DefaultStaffDirectory implements StaffDirectory {

    static final Set<Role> STAFF = EnumSet.of(Role.LEAD, Role.COORDINATOR, Role.FINANCE);
    /** Roles a lead may give; making another lead is the platform's job for now. */
    /** Roles a programme can name as its involvement lead or coordinator. */
    static final Set<Role> NAMEABLE = EnumSet.of(Role.LEAD, Role.COORDINATOR);
    static final Set<Role> ASSIGNABLE = EnumSet.of(Role.COORDINATOR, Role.FINANCE);

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Audit audit;

    DefaultStaffDirectory(MembershipRepository memberships, UserAccountRepository accounts, CurrentUser currentUser,
            Audit audit) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> list(Pageable pageable) {
        return memberships.findMembers(TenantContext.require(), STAFF, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return memberships.countByTenantIdAndRoleIn(TenantContext.require(), STAFF);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
    public List<StaffChoice> choices() {
        return memberships.findChoices(TenantContext.require(), NAMEABLE,
                org.springframework.data.domain.PageRequest.of(0, CHOICES_MAX));
    }

    @Override
    public void changeRole(Long membershipId, Role role) {
        if (!ASSIGNABLE.contains(role)) {
            throw new BusinessRuleException("staff.role.not-assignable");
        }
        Membership membership = changeable(membershipId);
        Role before = membership.getRole();
        membership.changeRole(role);
        audit.record("ROLE_CHANGED", membership.getTenantId(), currentUser.require().email(), emailOf(membership),
                before + " -> " + role);
    }

    @Override
    public void remove(Long membershipId) {
        Membership membership = changeable(membershipId);
        memberships.delete(membership);
        audit.record("ROLE_REMOVED", membership.getTenantId(), currentUser.require().email(), emailOf(membership),
                "was " + membership.getRole());
    }

    /** A coordinator's or finance officer's membership in this provider; leads (incl. oneself) are not changed here. */
    private Membership changeable(Long membershipId) {
        Membership membership = memberships.findByIdAndTenantId(membershipId, TenantContext.require())
                .filter(m -> STAFF.contains(m.getRole()))
                .orElseThrow(() -> {
                    audit.refused(TenantContext.require(), currentUser.require().email(), "membership " + membershipId);
                    return new AccessDeniedException("not this provider's staff");
                });
        if (!ASSIGNABLE.contains(membership.getRole())) {
            throw new BusinessRuleException("staff.lead.not-changeable");
        }
        return membership;
    }

    private String emailOf(Membership membership) {
        return accounts.findById(membership.getUserId()).map(UserAccount::getEmail).orElse("?");
    }
}
