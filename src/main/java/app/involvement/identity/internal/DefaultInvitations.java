package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.InvitationIssued;
import app.involvement.identity.Invitations;
import app.involvement.identity.MembershipGranted;
import app.involvement.identity.PasswordPolicy;
import app.involvement.identity.PendingInvitation;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.EmailAddress;
import app.involvement.shared.Limits;
import app.involvement.tenancy.ProviderLanguage;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultInvitations implements Invitations {

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final ProviderService providers;
    private final ProviderLanguage providerLanguage;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    DefaultInvitations(InvitationRepository invitations, UserAccountRepository accounts,
            MembershipRepository memberships, ProviderService providers, ProviderLanguage providerLanguage,
            CurrentUser currentUser,
            PasswordEncoder encoder, IdentityProperties properties, ApplicationEventPublisher events, Audit audit,
            Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.providers = providers;
        this.providerLanguage = providerLanguage;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public Sent inviteStaff(String email, Role role) {
        if (role != Role.COORDINATOR && role != Role.FINANCE) {
            throw new BusinessRuleException("staff.role.not-invitable");
        }
        return issue(TenantContext.require(), email, role, null);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Sent invitePartner(String email) {
        return issue(TenantContext.require(), email, Role.PARTNER, null);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Sent invitePartner(String email, Long partnerId) {
        return issue(TenantContext.require(), email, Role.PARTNER, Objects.requireNonNull(partnerId));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<String> withdrawForPartner(Long partnerId) {
        Long tenantId = TenantContext.require();
        Instant now = clock.instant();
        String actor = currentUser.require().email();
        return invitations.findOpenForPartner(tenantId, partnerId).stream().filter(i -> i.isOpenAt(now)).map(i -> {
            i.revoke(now);
            audit.record("INVITATION_REVOKED", tenantId, actor, i.getEmail(),
                    "partner " + partnerId + ": e-mail address changed");
            return i.getEmail();
        }).toList();
    }

    Sent issue(Long tenantId, String rawEmail, Role role) {
        return issue(tenantId, rawEmail, role, null);
    }

    /** Creates an invitation in the given provider and publishes it for sending; earlier open links stop working. */
    private Sent issue(Long tenantId, String rawEmail, Role role, Long partnerId) {
        String email = EmailAddress.require(rawEmail);
        ProviderSummary provider = providers.find(tenantId).orElseThrow();
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.flatMap(a -> memberships.findByTenantIdAndUserId(tenantId, a.getId())).isPresent()) {
            throw new BusinessRuleException("invitation.already-member", email);
        }
        Instant now = clock.instant();
        String inviter = currentUser.get().map(u -> u.email()).orElse(null);
        boolean replaced = false;
        for (Invitation old : invitations.findOpen(tenantId, email)) {
            if (old.isOpenAt(now)) {
                replaced = true;
                audit.record("INVITATION_REVOKED", tenantId, inviter, email, "replaced by a new invitation");
            }
            old.revoke(now);
        }
        String token = OneTimeTokens.newToken();
        Instant expiresAt = now.plus(properties.invitationValidity());
        invitations.save(new Invitation(tenantId, email, role, partnerId, OneTimeTokens.hash(token), expiresAt,
                currentUser.get().map(u -> u.userId()).orElse(null), now));
        events.publishEvent(new InvitationIssued(tenantId, provider.name(), provider.partnerTerm(), email, role,
                properties.link("invitation", token), expiresAt,
                existing.flatMap(UserAccount::getLanguage).orElseGet(() -> providerLanguage.defaultOf(tenantId))));
        audit.record("INVITATION_SENT", tenantId, inviter, email,
                "role " + role + (partnerId == null ? "" : ", for partner " + partnerId));
        return new Sent(email, replaced);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<PendingInvitation> pending(Pageable pageable) {
        Pageable bounded = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PENDING_PAGE));
        return invitations.findPending(TenantContext.require(), clock.instant(), bounded);
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public void revoke(Long invitationId) {
        Long tenantId = TenantContext.require();
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getTenantId().equals(tenantId))
                .orElseThrow(() -> {
                    audit.refused(tenantId, currentUser.require().email(), "invitation " + invitationId);
                    return new AccessDeniedException("not this provider's invitation");
                });
        invitation.revoke(clock.instant());
        audit.record("INVITATION_REVOKED", tenantId, currentUser.require().email(), invitation.getEmail(), null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<PendingInvitation> pendingPartners(Pageable pageable) {
        Pageable bounded = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PENDING_PAGE));
        return invitations.findPendingInRole(TenantContext.require(), Role.PARTNER, clock.instant(), bounded);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void revokePartner(Long invitationId) {
        Long tenantId = TenantContext.require();
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getTenantId().equals(tenantId) && i.getRole() == Role.PARTNER)
                .orElseThrow(() -> new AccessDeniedException("not this provider's partner invitation"));
        invitation.revoke(clock.instant());
        audit.record("INVITATION_REVOKED", tenantId, currentUser.require().email(), invitation.getEmail(), "role PARTNER");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> open(String token) {
        return findOpen(token).flatMap(i -> providers.find(i.getTenantId()).map(p ->
                new OpenInvitation(p.name(), i.getEmail(), i.getRole(), accounts.existsByEmail(i.getEmail()))));
    }

    @Override
    public void acceptWithNewAccount(String token, String displayName, String password) {
        Invitation invitation = findOpen(token).orElseThrow(() -> new BusinessRuleException("link.unusable"));
        if (accounts.existsByEmail(invitation.getEmail())) {
            throw new BusinessRuleException("invitation.account-exists");
        }
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > Limits.PERSON_NAME) {
            throw new BusinessRuleException("name.invalid", Limits.PERSON_NAME);
        }
        PasswordPolicy.problem(password, invitation.getEmail()).ifPresent(problem -> {
            throw new BusinessRuleException(problem, Limits.PASSWORD_MIN, Limits.PASSWORD_MAX);
        });
        UserAccount account = accounts.save(new UserAccount(invitation.getEmail(), name, encoder.encode(password),
                null, clock.instant()));
        join(invitation, account);
    }

    @Override
    public void acceptWithExistingAccount(String token) {
        Invitation invitation = findOpen(token).orElseThrow(() -> new BusinessRuleException("link.unusable"));
        UserAccount account = accounts.findByEmail(invitation.getEmail())
                .orElseThrow(() -> new BusinessRuleException("link.unusable"));
        boolean signedInAsInvited = currentUser.get().filter(u -> u.userId().equals(account.getId())).isPresent();
        if (!signedInAsInvited) {
            throw new BusinessRuleException("invitation.log-in-first", invitation.getEmail());
        }
        join(invitation, account);
    }

    private void join(Invitation invitation, UserAccount account) {
        invitation.accept(clock.instant());
        if (memberships.findByTenantIdAndUserId(invitation.getTenantId(), account.getId()).isEmpty()) {
            memberships.save(new Membership(invitation.getTenantId(), account.getId(), invitation.getRole(), clock.instant()));
            events.publishEvent(new MembershipGranted(invitation.getTenantId(), account.getId(), account.getEmail(),
                    account.getDisplayName(), invitation.getRole(), invitation.getPartnerId()));
        }
        audit.record("INVITATION_ACCEPTED", invitation.getTenantId(), account.getEmail(), account.getEmail(),
                "role " + invitation.getRole());
    }

    private Optional<Invitation> findOpen(String token) {
        if (!OneTimeTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(OneTimeTokens.hash(token)).filter(i -> i.isOpenAt(clock.instant()));
    }
}
