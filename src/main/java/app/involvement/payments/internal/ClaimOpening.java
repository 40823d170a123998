package app.involvement.payments.internal;

import app.involvement.payments.ClaimOpened;
import app.involvement.pool.Pool;
import app.involvement.sessions.SessionCompleted;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.HashSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a session is completed, opens a draft claim for each partner who attended, paid by their payment choice
 * with the fee from the rate card in force on the session day. It runs in the transaction that completes the
 * session, so attendance and claims are stored together. A partner who already has a claim for the session keeps it.
 */
@Component
class ClaimOpening {

    private final PaymentClaimRepository claims;
    private final FeeCalculator fees;
    private final Pool pool;
    private final PaymentAudit audit;
    private final Clock clock;

    ClaimOpening(PaymentClaimRepository claims, FeeCalculator fees, Pool pool, PaymentAudit audit, Clock clock) {
        this.claims = claims;
        this.fees = fees;
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(SessionCompleted completed) {
        if (completed.attendedPartnerIds().isEmpty() || !completed.tenantId().equals(TenantContext.require())) {
            return;
        }
        var session = new HeldSession(completed.sessionId(), completed.title(), completed.heldOn(),
                completed.activityTypeId(), completed.durationMinutes(), completed.onlineOnly());
        var partners = new HashSet<>(completed.attendedPartnerIds());
        claims.findBySessionIdAndPartnerIdIn(completed.sessionId(), partners)
                .forEach(existing -> partners.remove(existing.getPartnerId()));
        var contacts = pool.paymentContacts(partners);
        partners.stream().sorted().filter(contacts::containsKey).forEach(partnerId -> {
            var route = contacts.get(partnerId).paymentChoice();
            var claim = PaymentClaim.open(partnerId, session, route, clock.instant());
            claim.price(fees.feeFor(session, route));
            claims.save(claim);
            audit.record("CLAIM_OPENED", "claim " + claim.getId(), "session " + completed.sessionId());
            audit.publish(new ClaimOpened(completed.tenantId(), claim.getId(), partnerId, completed.title()));
        });
    }

}
