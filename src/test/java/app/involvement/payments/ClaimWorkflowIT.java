package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every step of a claim after it is opened, as staff take them: submitted on the partner's behalf, approved by a
 * coordinator or the lead, authorised by finance, rejected at each step with a reason and then amended and
 * submitted again; and every step that is not allowed, which changes nothing (DD032, DD035).
 */
@RecordApplicationEvents
class ClaimWorkflowIT extends IntegrationTestBase {

    @Autowired
    private Attendances attendances;

    @Autowired
    private Claims claims;

    @Autowired
    private ApplicationEvents events;

    private PaymentFixtures nb;

    @Test
    void submittedApprovedAuthorised_eachStepWithWhoAndWhen() {
        Long claim = openClaim("FEE", null);

        as(DemoLogins.NB_COORDINATOR, () -> {
            claims.addExpense(claim, bus(650));
            claims.submit(claim, true);
        });
        as(DemoLogins.NB_LEAD, () -> claims.approve(claim));
        as(DemoLogins.NB_FINANCE, () -> claims.authorise(claim));

        ClaimDetails done = details(claim);
        assertThat(done.status()).isEqualTo(ClaimStatus.AUTHORISED);
        assertThat(done.totalPence()).isEqualTo(3000 + 650);
        assertThat(done.steps()).extracting(ClaimDetails.ClaimStep::status).containsExactly(ClaimStatus.DRAFT,
                ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.AUTHORISED);
        assertThat(done.steps()).extracting(ClaimDetails.ClaimStep::by).containsExactly(null,
                DemoLogins.NB_COORDINATOR, DemoLogins.NB_LEAD, DemoLogins.NB_FINANCE);
        assertThat(done.steps()).allSatisfy(step -> assertThat(step.at()).isNotNull());
        assertThat(nb.auditActor("CLAIM_SUBMITTED", claim)).isEqualTo(DemoLogins.NB_COORDINATOR);
        assertThat(nb.auditActor("CLAIM_APPROVED", claim)).isEqualTo(DemoLogins.NB_LEAD);
        assertThat(nb.auditActor("CLAIM_AUTHORISED", claim)).isEqualTo(DemoLogins.NB_FINANCE);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and occurred_at is null",
                Long.class, "claim " + claim)).isZero();
    }

    @Test
    void nobodyApprovesAClaimTheySubmitted_orTheirOwn() {
        Long submittedByCoordinator = openClaim("FEE", null);
        as(DemoLogins.NB_COORDINATOR, () -> claims.submit(submittedByCoordinator, true));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.approve(submittedByCoordinator),
                "payments.claim.own-claim"));

        Long coordinatorsOwn = openClaim("FEE", DemoLogins.NB_COORDINATOR);
        as(DemoLogins.NB_LEAD, () -> claims.submit(coordinatorsOwn, true));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.approve(coordinatorsOwn),
                "payments.claim.own-claim"));

        Long financesOwn = openClaim("FEE", DemoLogins.NB_FINANCE);
        as(DemoLogins.NB_LEAD, () -> claims.submit(financesOwn, true));
        as(DemoLogins.NB_COORDINATOR, () -> claims.approve(financesOwn));
        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.authorise(financesOwn),
                "payments.claim.own-claim"));

        assertThat(nb.status(submittedByCoordinator)).isEqualTo("SUBMITTED");
        assertThat(nb.status(coordinatorsOwn)).isEqualTo("SUBMITTED");
        assertThat(nb.status(financesOwn)).isEqualTo("APPROVED");
        assertThat(nb.auditCount("CLAIM_APPROVED", submittedByCoordinator)).isZero();
    }

    @Test
    void theApproverDoesNotAuthorise_andEachRoleTakesOnlyItsOwnStep() {
        Long claim = openClaim("FEE", null);
        as(DemoLogins.NB_LEAD, () -> claims.submit(claim, true));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> claims.approve(claim))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_COORDINATOR, () -> claims.approve(claim));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> claims.authorise(claim))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> claims.authorise(claim))
                .isInstanceOf(AccessDeniedException.class));
        // someone who approved it and works in finance now
        jdbc.update("update payment_claim set approved_by = ? where id = ?", DemoLogins.NB_FINANCE, claim);
        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.authorise(claim), "payments.claim.approved-it"));
        assertThat(nb.status(claim)).isEqualTo("APPROVED");
    }

    @Test
    void noStepIsSkipped_orTakenTwice() {
        Long draft = openClaim("FEE", null);
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.approve(draft), "payments.claim.wrong-step"));
        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.authorise(draft), "payments.claim.wrong-step"));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.reject(draft, "Not yet"),
                "payments.claim.wrong-step"));
        assertThat(nb.status(draft)).isEqualTo("DRAFT");

        as(DemoLogins.NB_LEAD, () -> claims.submit(draft, true));
        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.authorise(draft), "payments.claim.wrong-step"));
        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.reject(draft, "Finance cannot reject this yet"),
                "payments.claim.wrong-step"));
        as(DemoLogins.NB_COORDINATOR, () -> claims.approve(draft));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.approve(draft), "payments.claim.wrong-step"));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.reject(draft, "Too late for me"),
                "payments.claim.wrong-step"));
        assertThat(nb.status(draft)).isEqualTo("APPROVED");
        assertThat(nb.auditCount("CLAIM_APPROVED", draft)).isOne();
    }

    @Test
    void aSubmittedClaim_cannotBeChanged_byAnyone() {
        Long claim = openClaim("FEE", null);
        Long line = as(DemoLogins.NB_COORDINATOR, () -> claims.addExpense(claim, bus(400)));
        as(DemoLogins.NB_COORDINATOR, () -> claims.submit(claim, true));

        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(() -> claims.addExpense(claim, bus(900)), "payments.claim.not-editable");
            assertRefused(() -> claims.removeExpense(claim, line), "payments.claim.not-editable");
            assertRefused(() -> claims.chooseRoute(claim, PaymentChoice.VOUCHER), "payments.claim.not-editable");
            assertRefused(() -> claims.submit(claim, true), "payments.claim.already-submitted");
        });
        as(DemoLogins.NB_LEAD, () -> claims.approve(claim));
        as(DemoLogins.NB_COORDINATOR, () -> assertRefused(() -> claims.addExpense(claim, bus(900)),
                "payments.claim.not-editable"));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> claims.addExpense(claim, bus(900)))
                .as("finance never edits a claim").isInstanceOf(AccessDeniedException.class));

        ClaimDetails after = details(claim);
        assertThat(after.expenses()).hasSize(1);
        assertThat(after.route()).isEqualTo(PaymentChoice.FEE);
        assertThat(after.totalPence()).isEqualTo(3000 + 400);
    }

    @Test
    void rejected_amended_andSubmittedAgain_atEveryStep() {
        Long claim = openClaim("FEE", null);
        as(DemoLogins.NB_COORDINATOR, () -> claims.submit(claim, true));
        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(() -> claims.reject(claim, "   "), "payments.claim.reason-required");
            assertRefused(() -> claims.reject(claim, "x".repeat(PaymentLimits.REJECTION_REASON + 1)), "field.too-long");
            claims.reject(claim, "Please add your bus ticket");
        });
        ClaimDetails rejected = details(claim);
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.rejectedFrom()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Please add your bus ticket");
        assertThat(nb.auditActor("CLAIM_REJECTED", claim)).isEqualTo(DemoLogins.NB_LEAD);
        assertThat(events.stream(ClaimRejected.class).filter(e -> e.claimId().equals(claim))).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Please add your bus ticket"));

        as(DemoLogins.NB_COORDINATOR, () -> {
            claims.addExpense(claim, bus(320));
            claims.submit(claim, true);
        });
        assertThat(nb.auditCount("CLAIM_RESUBMITTED", claim)).isOne();
        as(DemoLogins.NB_LEAD, () -> claims.approve(claim));
        as(DemoLogins.NB_FINANCE, () -> claims.reject(claim, "The ticket is for another day"));
        assertThat(details(claim).rejectedFrom()).isEqualTo(ClaimStatus.APPROVED);

        as(DemoLogins.NB_COORDINATOR, () -> claims.submit(claim, true));
        ClaimDetails again = details(claim);
        assertThat(again.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(again.steps()).extracting(ClaimDetails.ClaimStep::status).as("approval starts again")
                .doesNotContain(ClaimStatus.APPROVED);
        as(DemoLogins.NB_LEAD, () -> claims.approve(claim));
        as(DemoLogins.NB_FINANCE, () -> claims.authorise(claim));
        as(DemoLogins.NB_FINANCE, () -> claims.reject(claim, "Bank details are missing"));
        assertThat(details(claim).rejectedFrom()).isEqualTo(ClaimStatus.AUTHORISED);
        assertThat(nb.auditCount("CLAIM_REJECTED", claim)).isEqualTo(3);
    }

    @Test
    void aClaimInAPaymentRun_cannotBeRejected() {
        Long claim = openClaim("FEE", null);
        as(DemoLogins.NB_COORDINATOR, () -> claims.submit(claim, true));
        as(DemoLogins.NB_LEAD, () -> claims.approve(claim));
        as(DemoLogins.NB_FINANCE, () -> claims.authorise(claim));
        Long tenant = providerId("NBU");
        jdbc.update("insert into payment_run (version, tenant_id, status, created_at, claim_count, total_pence)"
                + " values (0, ?, 'EXPORTED', current_timestamp, 1, 3000)", tenant);
        Long run = jdbc.queryForObject("select max(id) from payment_run where tenant_id = ?", Long.class, tenant);
        jdbc.update("update payment_claim set run_id = ? where id = ?", run, claim);

        as(DemoLogins.NB_FINANCE, () -> assertRefused(() -> claims.reject(claim, "Changed my mind"),
                "payments.claim.in-run"));
        assertThat(nb.status(claim)).isEqualTo("AUTHORISED");
    }

    @Test
    void partnersAndOtherRoles_cannotUseTheStaffClaims() {
        Long claim = openClaim("FEE", null);
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> claims.list(ClaimFilter.all(), org.springframework.data.domain.PageRequest.of(0,
                    10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> claims.details(claim)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> claims.submit(claim, true)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.REVIEWER, () -> assertThatThrownBy(() -> claims.awaitingApproval())
                .isInstanceOf(AccessDeniedException.class));
        assertThat(nb.status(claim)).isEqualTo("DRAFT");
    }

    /** A draft claim for a 90-minute session at £20 an hour (a £30 fee), for a new partner. */
    private Long openClaim(String paymentChoice, String partnerEmail) {
        nb = new PaymentFixtures(jdbc, providerId("NBU"));
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.PER_HOUR, 2000, null, 0);
        Long session = nb.session(day, type, 90);
        Long partner = nb.partner("Workflow Partner", paymentChoice, partnerEmail);
        Long offer = nb.place(session, partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });
        return nb.claimOf(session, partner);
    }

    private ClaimDetails details(Long claim) {
        return as(DemoLogins.NB_LEAD, () -> claims.details(claim));
    }

    static ExpenseInput bus(long pence) {
        return new ExpenseInput(ExpenseCategory.PUBLIC_TRANSPORT, "Bus", PaymentFixtures.TODAY.minusDays(1), null,
                pence, null, null, null);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
