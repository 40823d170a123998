package app.involvement.payments.internal;

import app.involvement.payments.ClaimRejected;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.PaymentLimits;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The steps after submission: approved by a coordinator or lead, authorised by finance, or rejected with a reason.
 * Each step locks the claim row and checks the claim is at the step before, so a step is never skipped or taken
 * twice. Nobody approves or authorises a claim they submitted or one that is theirs (the partner's e-mail address
 * is theirs), and the one who approved does not authorise. Every step is audited with who and when.
 */
@Component
class ClaimWorkflow {

    private final Pool pool;
    private final PaymentAudit audit;
    private final Clock clock;
    private final EntityManager entityManager;

    ClaimWorkflow(Pool pool, PaymentAudit audit, Clock clock, EntityManager entityManager) {
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    void approve(PaymentClaim claim) {
        atStep(claim, ClaimStatus.SUBMITTED);
        String actor = notTheirOwn(claim);
        claim.approve(clock.instant(), actor);
        audit.record("CLAIM_APPROVED", "claim " + claim.getId(), claim.totalPence() + "p");
    }

    void authorise(PaymentClaim claim) {
        atStep(claim, ClaimStatus.APPROVED);
        String actor = notTheirOwn(claim);
        if (actor.equalsIgnoreCase(claim.getApprovedBy())) {
            throw new BusinessRuleException("payments.claim.approved-it");
        }
        claim.authorise(clock.instant(), actor);
        audit.record("CLAIM_AUTHORISED", "claim " + claim.getId(), claim.totalPence() + "p");
    }

    /** Rejects a claim at {@code step} (the one the caller's role acts on), if it is not yet in a payment run. */
    void reject(PaymentClaim claim, ClaimStatus step, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessRuleException("payments.claim.reason-required");
        }
        if (why.length() > PaymentLimits.REJECTION_REASON) {
            throw new BusinessRuleException("field.too-long", PaymentLimits.REJECTION_REASON);
        }
        atStep(claim, step);
        if (claim.getRunId() != null) {
            throw new BusinessRuleException("payments.claim.in-run");
        }
        claim.reject(clock.instant(), audit.actor(), why);
        audit.record("CLAIM_REJECTED", "claim " + claim.getId(), "at " + step);
        audit.publish(new ClaimRejected(TenantContext.require(), claim.getId(), claim.getPartnerId(),
                claim.getSessionTitle(), why));
    }

    private void atStep(PaymentClaim claim, ClaimStatus step) {
        ClaimLock.lock(entityManager, claim);
        if (claim.getStatus() != step) {
            throw new BusinessRuleException("payments.claim.wrong-step");
        }
    }

    private String notTheirOwn(PaymentClaim claim) {
        String actor = audit.actor();
        String partnerEmail = pool.findPaymentContact(claim.getPartnerId()).map(PartnerPaymentContact::email)
                .orElse("");
        if (actor == null || actor.equalsIgnoreCase(claim.getSubmittedBy()) || actor.equalsIgnoreCase(partnerEmail)) {
            throw new BusinessRuleException("payments.claim.own-claim");
        }
        return actor;
    }
}
