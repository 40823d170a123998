package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ProviderOnboarding;
import app.involvement.identity.Role;
import app.involvement.shared.EmailAddress;
import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultProviderOnboarding implements ProviderOnboarding {

    private final ProviderService providers;
    private final DefaultInvitations invitations;
    private final CurrentUser currentUser;
    private final Audit audit;

    DefaultProviderOnboarding(ProviderService providers, DefaultInvitations invitations, CurrentUser currentUser,
            Audit audit) {
        this.providers = providers;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public ProviderSummary onboard(NewProvider provider, String leadEmail) {
        String lead = EmailAddress.require(leadEmail);
        ProviderSummary created = providers.create(provider);
        invitations.issue(created.id(), lead, Role.LEAD);
        audit.record("PROVIDER_ONBOARDED", created.id(), currentUser.require().email(), created.shortCode(), created.name());
        return created;
    }
}
