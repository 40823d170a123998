package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * One provider's staff never read or change another provider's claims, whatever ids they try: each tampered id is
 * refused like an unknown one and recorded with who tried it.
 */
class ClaimIsolationIT extends IntegrationTestBase {

    @Autowired
    private Attendances attendances;

    @Autowired
    private Claims claims;

    @Test
    void anotherProvidersClaims_areNotListedOrCounted() {
        var nb = new PaymentFixtures(jdbc, providerId("NBU"));
        Long northbridge = submittedClaim(nb, DemoLogins.NB_COORDINATOR);
        Long partner = jdbc.queryForObject("select partner_id from payment_claim where id = ?", Long.class, northbridge);

        assertThat(as(DemoLogins.NB_LEAD, () -> claims.list(new ClaimFilter(null, false, partner), PageRequest.of(0, 10))))
                .extracting(ClaimRow::id).containsExactly(northbridge);
        var southmoor = as(DemoLogins.SM_COORDINATOR, () -> claims.list(ClaimFilter.all(), PageRequest.of(0, 100)));
        assertThat(southmoor).extracting(ClaimRow::id).doesNotContain(northbridge);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> claims.count(new ClaimFilter(null, false, partner)))).isZero();
        assertThat(as(DemoLogins.SM_LEAD, () -> claims.list(new ClaimFilter(ClaimStatus.SUBMITTED, false, partner),
                PageRequest.of(0, 10)))).isEmpty();
        long nbWaiting = jdbc.queryForObject("select count(*) from payment_claim where status = 'SUBMITTED'"
                + " and tenant_id = ?", Long.class, providerId("NBU"));
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> claims.awaitingApproval())).isEqualTo(nbWaiting);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> claims.awaitingApproval())).isEqualTo(jdbc.queryForObject(
                "select count(*) from payment_claim where status = 'SUBMITTED' and tenant_id = ?", Long.class,
                providerId("SMC")));
    }

    @Test
    void tamperedClaimIds_areRefused_recorded_andChangeNothing() {
        var nb = new PaymentFixtures(jdbc, providerId("NBU"));
        Long submitted = submittedClaim(nb, DemoLogins.NB_COORDINATOR);
        Long draft = draftClaim(nb);
        Long line = as(DemoLogins.NB_COORDINATOR, () -> claims.addExpense(draft, ClaimWorkflowIT.bus(500)));
        String before = snapshot(submitted) + snapshot(draft);

        List<Executable> tries = List.of(
                () -> claims.details(submitted),
                () -> claims.approve(submitted),
                () -> claims.reject(submitted, "Not ours"),
                () -> claims.chooseRoute(draft, PaymentChoice.VOUCHER),
                () -> claims.addExpense(draft, ClaimWorkflowIT.bus(100)),
                () -> claims.removeExpense(draft, line),
                () -> claims.submit(draft, true),
                () -> claims.receipt(draft, line));
        as(DemoLogins.SM_COORDINATOR, () -> tries.forEach(t -> assertThatThrownBy(t::execute)
                .isInstanceOf(AccessDeniedException.class)));

        assertThat(snapshot(submitted) + snapshot(draft)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, draft))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR, "claim " + submitted))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR, "claim " + draft))
                .isEqualTo(5);
    }

    @Test
    void anExpenseOfAnotherClaim_cannotBeRemovedThroughThisOne() {
        var nb = new PaymentFixtures(jdbc, providerId("NBU"));
        Long one = draftClaim(nb);
        Long other = draftClaim(nb);
        Long otherLine = as(DemoLogins.NB_COORDINATOR, () -> claims.addExpense(other, ClaimWorkflowIT.bus(700)));

        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> claims.removeExpense(one, otherLine)).isInstanceOf(AccessDeniedException.class);
            assertThat(claims.receipt(one, otherLine)).isEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where id = ?", Long.class, otherLine))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, "claim expense " + otherLine)).isOne();
    }

    private String snapshot(Long claim) {
        return jdbc.queryForObject("select concat(status, '|', coalesce(route, '-'), '|', fee_pence, '|',"
                + " voucher_pence, '|', expenses_pence, '|', coalesce(rejection_reason, '-')) from payment_claim"
                + " where id = ?", String.class, claim);
    }

    private Long draftClaim(PaymentFixtures nb) {
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.PER_HOUR, 2000, null, 0);
        Long session = nb.session(day, type, 60);
        Long partner = nb.partner("Isolated Partner", "FEE");
        Long offer = nb.place(session, partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });
        return nb.claimOf(session, partner);
    }

    private Long submittedClaim(PaymentFixtures nb, String by) {
        Long claim = draftClaim(nb);
        as(by, () -> claims.submit(claim, true));
        return claim;
    }
}
