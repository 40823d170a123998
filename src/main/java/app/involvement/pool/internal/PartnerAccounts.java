package app.involvement.pool.internal;

import app.involvement.identity.MembershipGranted;
import app.involvement.identity.Role;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.tenancy.TenantContext;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a person who accepted a partner invitation their partner record: links the record the
 * invitation was sent for, or creates an applicant. Never links a record just because it carries the
 * same e-mail address: staff may have typed that address onto someone else's record since (DD014).
 * Runs after the membership is committed, in a transaction of its own opened inside the provider's tenant.
 */
@Component
class PartnerAccounts {

    private final PartnerRecords records;
    private final TransactionTemplate transactions;

    PartnerAccounts(PartnerRecords records, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(MembershipGranted granted) {
        if (granted.role() != Role.PARTNER) {
            return;
        }
        TenantContext.runAs(granted.tenantId(), () -> transactions.executeWithoutResult(tx -> link(granted)));
    }

    private void link(MembershipGranted granted) {
        if (records.partners.findByUserId(granted.userId()).isPresent()) {
            return;
        }
        var invitedFor = granted.partnerId() == null ? Optional.<Partner>empty()
                : records.partners.findById(granted.partnerId());
        if (invitedFor.filter(p -> p.getUserId() == null && granted.email().equals(p.getEmail())).isPresent()) {
            Partner partner = invitedFor.get();
            partner.linkAccount(granted.userId());
            records.note(partner, "pool.history.account-linked", granted.email());
            records.audit("PARTNER_ACCOUNT_LINKED", granted.tenantId(), granted.email(), partner.getId(), null);
            return;
        }
        invitedFor.ifPresent(stale -> records.audit("PARTNER_ACCOUNT_NOT_LINKED", granted.tenantId(), granted.email(),
                stale.getId(), "record no longer unlinked with the invited address; new record created"));
        boolean emailFree = !records.partners.existsByEmail(granted.email());
        String name = granted.displayName() == null || granted.displayName().isBlank() ? granted.email()
                : granted.displayName().trim();
        var profile = new PartnerProfile(name.substring(0, Math.min(name.length(), PartnerLimits.NAME)), "", "",
                emailFree ? granted.email() : "", "", "", PartnerKind.SERVICE_USER, ContactPreference.EMAIL,
                null, Set.of(), "", Set.of());
        Partner partner = records.create(profile, "pool.history.joined", granted.email());
        partner.linkAccount(granted.userId());
        records.audit("PARTNER_ACCOUNT_LINKED", granted.tenantId(), granted.email(), partner.getId(), "new partner");
    }
}
