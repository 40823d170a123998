package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * One provider's finance and lead never see or change another provider's runs or claims, whatever ids they try:
 * each tampered id is refused and audited, and nothing changes.
 */
class PaymentRunsIsolationIT extends IntegrationTestBase {

    @Autowired
    private PaymentRuns runs;

    @Test
    void anotherProvidersRun_isRefusedAndAudited_andNeverListed() {
        var nb = new RunFixtures(jdbc, providerId("NBU"));
        Long claim = nb.authorised("Northbridge Payee", 5000, 0, 0);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(claim)));
        String subject = "payment run " + run;
        long refusedBefore = refused(subject, DemoLogins.SM_LEAD);

        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> runs.get(run)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.claims(run)).isInstanceOf(AccessDeniedException.class);
            assertThat(runs.list(PageRequest.of(0, 100))).extracting(RunRow::id).doesNotContain(run);
        });

        assertThat(refused(subject, DemoLogins.SM_LEAD) - refusedBefore).isEqualTo(2);
    }

    @Test
    void tamperedIds_fromFinance_changeNothingInTheOtherProvider() {
        var sm = new RunFixtures(jdbc, providerId("SMC"));
        Long theirs = sm.authorised("Southmoor Payee", 5000, 0, 0);
        var nb = new RunFixtures(jdbc, providerId("NBU"));
        Long ours = nb.authorised("Northbridge Own", 1000, 0, 0);
        Long theirRun = southmoorRun(sm, theirs);
        long runsBefore = jdbc.queryForObject("select count(*) from payment_run", Long.class);

        as(DemoLogins.NB_FINANCE, () -> {
            assertThat(runs.readyToPay(PaymentLimits.MAX_RUN_CLAIMS)).extracting(ClaimRow::id).doesNotContain(theirs);
            assertThatThrownBy(() -> runs.create(List.of(ours, theirs))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.export(theirRun)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.takeOut(theirRun, theirs)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.markPaid(theirRun, LocalDate.now(), "TAMPER"))
                    .isInstanceOf(AccessDeniedException.class);
        });

        assertThat(jdbc.queryForObject("select count(*) from payment_run", Long.class)).isEqualTo(runsBefore);
        assertThat(nb.runOf(ours)).isNull();
        assertThat(jdbc.queryForObject("select status from payment_run where id = ?", String.class, theirRun))
                .isEqualTo("OPEN");
        assertThat(refused("claim " + theirs, DemoLogins.NB_FINANCE)).isPositive();
        assertThat(refused("payment run " + theirRun, DemoLogins.NB_FINANCE)).isEqualTo(3);
    }

    /** A run of the other provider, written to the tables (it has no finance login in the demo). */
    private Long southmoorRun(RunFixtures sm, Long claim) {
        Long tenant = providerId("SMC");
        String by = "runs" + RunFixtures.unique() + "@southmoor.example";
        jdbc.update("insert into payment_run (version, tenant_id, status, created_at, created_by, claim_count,"
                + " total_pence) values (0, ?, 'OPEN', current_timestamp, ?, 1, 5000)", tenant, by);
        Long run = jdbc.queryForObject("select id from payment_run where created_by = ?", Long.class, by);
        jdbc.update("update payment_claim set run_id = ? where id = ?", run, claim);
        assertThat(sm.runOf(claim)).isEqualTo(run);
        return run;
    }

    private long refused(String subject, String actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ? and actor = ?", Long.class, subject, actor);
    }
}
