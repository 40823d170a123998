package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.SessionCompleted;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Completing a session opens one draft claim per partner who came, priced by their payment choice (DD032, DD035). */
@RecordApplicationEvents
class ClaimOpeningIT extends IntegrationTestBase {

    @Autowired
    private Attendances attendances;

    @Autowired
    private Claims claims;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private ApplicationEventPublisher publisher;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void completingASession_opensADraftClaimForEachPartnerWhoCame_withTheFeeOfTheirPaymentChoice() {
        var nb = new PaymentFixtures(jdbc, providerId("NBU"));
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        // £20 an hour, 90 minutes = £30, plus £5 preparation
        nb.fee(day, type, FeeBasis.PER_HOUR, 2000, null, 500);
        Long session = nb.session(day, type, 90);
        Long fee = nb.partner("Fee Partner", "FEE");
        Long voucher = nb.partner("Voucher Partner", "VOUCHER");
        Long expensesOnly = nb.partner("Expenses Partner", "EXPENSES_ONLY");
        Long noPayment = nb.partner("Unpaid Partner", "NO_PAYMENT");
        Long undecided = nb.partner("Undecided Partner", null);
        Long stayedAway = nb.partner("Absent Partner", "FEE");
        List<Long> came = List.of(fee, voucher, expensesOnly, noPayment, undecided);
        var attendance = new java.util.HashMap<Long, Attendance>();
        came.forEach(p -> attendance.put(nb.place(session, p), Attendance.ATTENDED));
        attendance.put(nb.place(session, stayedAway), Attendance.NO_SHOW);

        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, attendance);
            attendances.complete(session);
        });

        assertThat(nb.claimCount(session)).as("one claim per partner who came, none for a no-show").isEqualTo(5);
        ClaimDetails paid = details(nb.claimOf(session, fee));
        assertThat(paid.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(paid.route()).isEqualTo(PaymentChoice.FEE);
        assertThat(paid.feePence()).isEqualTo(3500);
        assertThat(paid.voucherPence()).isZero();
        assertThat(paid.partnerName()).isEqualTo("Fee Partner");
        assertThat(paid.heldOn()).isEqualTo(day);
        assertThat(paid.durationMinutes()).isEqualTo(90);
        assertThat(paid.rateCardFound()).isTrue();
        ClaimDetails vouchered = details(nb.claimOf(session, voucher));
        assertThat(vouchered.voucherPence()).isEqualTo(3500);
        assertThat(vouchered.feePence()).isZero();
        for (Long partner : List.of(expensesOnly, noPayment)) {
            ClaimDetails unpaid = details(nb.claimOf(session, partner));
            assertThat(unpaid.totalPence()).as("expenses only and no payment: no fee or voucher").isZero();
            assertThat(unpaid.rateCardFound()).isTrue();
        }
        assertThat(details(nb.claimOf(session, expensesOnly)).route()).isEqualTo(PaymentChoice.EXPENSES_ONLY);
        assertThat(details(nb.claimOf(session, undecided)).route()).as("the partner chooses on the claim").isNull();
        assertThat(events.stream(ClaimOpened.class).filter(e -> came.contains(e.partnerId()))).hasSize(5);
        assertThat(nb.auditCount("CLAIM_OPENED", nb.claimOf(session, fee))).isOne();
        assertThat(nb.auditActor("CLAIM_OPENED", nb.claimOf(session, fee))).isEqualTo(DemoLogins.NB_COORDINATOR);
    }

    @Test
    void theSameSessionCompletedAgain_neverOpensASecondClaim() {
        Long tenant = providerId("NBU");
        var nb = new PaymentFixtures(jdbc, tenant);
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.HALF_OR_WHOLE_DAY, 4000, 7000L, 0);
        Long session = nb.session(day, type, 300);
        Long partner = nb.partner("Twice Partner", "FEE");
        Long offer = nb.place(session, partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });
        Long claim = nb.claimOf(session, partner);
        assertThat(details(claim).feePence()).as("five hours is a whole day").isEqualTo(7000);

        as(DemoLogins.NB_COORDINATOR, () -> transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new SessionCompleted(tenant, session, programme(session), type, "Again", day, 300, false, SessionKind.INVOLVEMENT,
                        SessionLevel.INVOLVED, List.of(partner)))));

        assertThat(nb.claimCount(session)).isOne();
        assertThat(nb.claimOf(session, partner)).isEqualTo(claim);
        assertThat(nb.auditCount("CLAIM_OPENED", claim)).isOne();
    }

    @Test
    void aSessionDayWithoutARateCard_opensTheClaimWithoutAFee_andSaysSo() {
        var nb = new PaymentFixtures(jdbc, providerId("NBU"));
        LocalDate longAgo = PaymentFixtures.TODAY.minusYears(40).minusDays(PaymentFixtures.unique() % 300);
        Long type = nb.activityType();
        Long session = nb.session(longAgo, type, 60);
        Long partner = nb.partner("No Card Partner", "FEE");
        Long offer = nb.place(session, partner);

        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });

        ClaimDetails claim = details(nb.claimOf(session, partner));
        assertThat(claim.rateCardFound()).isFalse();
        assertThat(claim.feePence()).isZero();
        assertThat(claim.route()).isEqualTo(PaymentChoice.FEE);
    }

    private Long programme(Long session) {
        return jdbc.queryForObject("select programme_id from involvement_session where id = ?", Long.class, session);
    }

    private ClaimDetails details(Long claim) {
        return as(DemoLogins.NB_LEAD, () -> claims.details(claim));
    }
}
