package app.involvement.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.retention.Retention;
import app.involvement.retention.RetentionKind;
import app.involvement.retention.RetentionPeriods;
import app.involvement.retention.RetentionPreview;
import app.involvement.retention.RetentionRun;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * The retention job (DD049) in providers of its own, on fixed days: for each kind, a run the day before the boundary
 * leaves the item and a run on the boundary removes it; the preview of a month lists exactly what a run a month later
 * removes; two app instances (two lock providers on one database, as TwoSchedulers) run the job once; one provider's periods, runs and reports never touch another's; the
 * periods are checked and audited. On MariaDB (-Pmariadb) the audit log refuses a delete without the job's variable.
 */
@Import(RetentionTestErasure.class)
class RetentionJobIT extends IntegrationTestBase {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    private RetentionWork work;

    @Autowired
    private RetentionJob job;

    @Autowired
    private Retention retention;

    @Autowired
    private RetentionSettingRepository settings;

    @Autowired
    private RetentionRunRepository runs;

    @Autowired
    private RetentionAudit audit;

    @Test
    void inactivePartner_isErasedOnTheDayAfterTwentyFourMonths_notTheDayBefore() {
        var provider = provider();
        long partner = provider.partner("Idris", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 15));
        long changedLater = provider.partner("Mair", LocalDate.of(2024, 2, 1), LocalDate.of(2023, 1, 1));

        RetentionRun before = runOn(provider, LocalDate.of(2026, 1, 15));
        assertThat(provider.name(partner)).isEqualTo("Idris");
        assertThat(before.counts().get(RetentionKind.INACTIVE_PARTNERS)).isZero();

        RetentionRun on = runOn(provider, LocalDate.of(2026, 1, 16));
        assertThat(provider.name(partner)).isEqualTo("Erased partner");
        assertThat(provider.name(changedLater)).as("status changed later: counted from then").isEqualTo("Mair");
        assertThat(on.counts().get(RetentionKind.INACTIVE_PARTNERS)).isOne();
    }

    @Test
    void inactivePartnerWithUnpaidClaims_isNotErased_andTheReportSaysWhy() {
        var provider = provider();
        long partner = provider.partner("Owain", LocalDate.of(2020, 1, 1), null);
        provider.claim(partner, "SUBMITTED", LocalDate.of(2020, 1, 1), null);

        RetentionRun run = runOn(provider, LocalDate.of(2026, 1, 16));

        assertThat(provider.name(partner)).isEqualTo("Owain");
        assertThat(run.counts().get(RetentionKind.INACTIVE_PARTNERS)).isZero();
        assertThat(run.notErased()).containsExactly("partner " + partner + ": unpaid claims");
    }

    @Test
    void financeRecordsOfErasedPartners_goTheDayAfterSixYearsFromTheEndOfTheirTaxYear() {
        var provider = provider();
        long erased = provider.erasedPartner();
        long kept = provider.partner("Still here", LocalDate.now(), LocalDate.now());
        long paidInTaxYear2019 = provider.claim(erased, "PAID", LocalDate.of(2019, 5, 20), LocalDate.of(2019, 6, 1));
        long paidOnItsLastDay = provider.claim(erased, "PAID", LocalDate.of(2020, 3, 20), LocalDate.of(2020, 4, 5));
        long paidNextTaxYear = provider.claim(erased, "PAID", LocalDate.of(2020, 3, 25), LocalDate.of(2020, 4, 6));
        long notErased = provider.claim(kept, "PAID", LocalDate.of(2019, 5, 20), LocalDate.of(2019, 6, 1));

        runOn(provider, LocalDate.of(2026, 4, 5));
        assertThat(provider.exists("payment_claim", paidInTaxYear2019)).isTrue();
        assertThat(provider.exists("payment_claim", paidOnItsLastDay)).isTrue();

        RetentionRun run = runOn(provider, LocalDate.of(2026, 4, 6));
        assertThat(provider.exists("payment_claim", paidInTaxYear2019)).isFalse();
        assertThat(provider.exists("payment_claim", paidOnItsLastDay)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from claim_expense where claim_id in (?, ?)", Long.class,
                paidInTaxYear2019, paidOnItsLastDay)).isZero();
        assertThat(provider.exists("payment_claim", paidNextTaxYear)).isTrue();
        assertThat(provider.exists("payment_claim", notErased)).as("a partner not erased keeps theirs").isTrue();
        assertThat(run.counts().get(RetentionKind.FINANCE_RECORDS)).isEqualTo(2);

        runOn(provider, LocalDate.of(2027, 4, 6));
        assertThat(provider.exists("payment_claim", paidNextTaxYear)).isFalse();
    }

    @Test
    void auditEntries_goOnTheDayAfterSixYears_andOnMariaDbOnlyWithTheJobsVariable() {
        var provider = provider();
        long entry = provider.audit(LocalDate.of(2020, 3, 1));
        if (onMySql()) {
            assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", entry))
                    .hasMessageContaining("append-only");
        }

        runOn(provider, LocalDate.of(2026, 3, 1));
        assertThat(provider.exists("audit_entry", entry)).isTrue();

        RetentionRun run = runOn(provider, LocalDate.of(2026, 3, 2));
        assertThat(provider.exists("audit_entry", entry)).isFalse();
        assertThat(run.counts().get(RetentionKind.AUDIT_ENTRIES)).isOne();
        if (onMySql()) {
            assertThatThrownBy(() -> jdbc.update("delete from audit_entry where tenant_id = ?", provider.tenant))
                    .as("the variable was cleared after the job's delete").hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ? and event_type ="
                + " 'RETENTION_RUN' and subject = ?", Long.class, provider.tenant, "retention run " + run.id()))
                .isOne();
    }

    @Test
    void sentMail_goesOnTheDayAfterNinetyDays() {
        var provider = provider();
        long mail = provider.sentMail(LocalDate.of(2026, 1, 1));

        runOn(provider, LocalDate.of(2026, 4, 1));
        assertThat(provider.exists("mail_message", mail)).isTrue();

        RetentionRun run = runOn(provider, LocalDate.of(2026, 4, 2));
        assertThat(provider.exists("mail_message", mail)).isFalse();
        assertThat(run.counts().get(RetentionKind.SENT_MAIL)).isOne();
    }

    @Test
    void thePreviewOfAMonth_isExactlyWhatARunAMonthLaterRemoves() {
        var provider = provider();
        LocalDate today = LocalDate.of(2026, 3, 10);
        long dueInTwoWeeks = provider.partner("Due soon", LocalDate.of(2024, 3, 24), null);
        long dueAlready = provider.partner("Due already", LocalDate.of(2023, 1, 1), null);
        provider.partner("Due later", LocalDate.of(2024, 4, 20), null);
        long erased = provider.erasedPartner();
        provider.claim(erased, "PAID", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 30));
        provider.claim(erased, "PAID", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 10));
        provider.audit(LocalDate.of(2020, 3, 20));
        provider.audit(LocalDate.of(2020, 4, 20));
        provider.sentMail(LocalDate.of(2025, 12, 20));
        provider.sentMail(LocalDate.of(2026, 1, 20));

        RetentionPreview preview = TenantContext.runAs(provider.tenant, () -> new DefaultRetention(settings, runs, work,
                audit, Clock.fixed(today.atStartOfDay(UK).plusHours(8).toInstant(), UK)).preview());
        RetentionRun run = runOn(provider, today.plusMonths(1));

        assertThat(preview.until()).isEqualTo(LocalDate.of(2026, 4, 10));
        var removed = new EnumMap<RetentionKind, Long>(RetentionKind.class);
        run.counts().forEach((kind, count) -> removed.put(kind, (long) count));
        assertThat(preview.counts()).isEqualTo(removed).isEqualTo(Map.of(RetentionKind.INACTIVE_PARTNERS, 2L,
                RetentionKind.FINANCE_RECORDS, 1L, RetentionKind.AUDIT_ENTRIES, 1L, RetentionKind.SENT_MAIL, 1L));
        assertThat(preview.partners()).extracting(InactivePartner::partnerId).containsExactly(dueAlready, dueInTwoWeeks);
        assertThat(provider.name(dueAlready)).isEqualTo("Erased partner");
        assertThat(provider.name(dueInTwoWeeks)).isEqualTo("Erased partner");
    }

    @Test
    void twoInstancesRunningTheJobAtOnce_runItOnce() {
        var provider = provider();
        jdbc.update("delete from shedlock where name = ?", RetentionJob.LOCK);
        try {
            // the other instance holds the lock as the annotation does (at least 5 minutes), whichever goes first
            var otherInstance = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                    JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build()));
            var start = new CountDownLatch(1);
            var here = CompletableFuture.runAsync(() -> {
                await(start);
                job.runDaily();
            });
            var there = CompletableFuture.runAsync(() -> {
                await(start);
                otherInstance.executeWithLock((Runnable) job::runAll, new LockConfiguration(Instant.now(),
                        RetentionJob.LOCK, Duration.ofMinutes(50), Duration.parse(RetentionJob.HELD_AT_LEAST)));
            });
            start.countDown();
            CompletableFuture.allOf(here, there).join();
            job.runDaily();

            assertThat(jdbc.queryForObject("select count(*) from retention_run where tenant_id = ?", Long.class,
                    provider.tenant)).as("one run, however many triggers").isOne();
            assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Long.class,
                    RetentionJob.LOCK)).isOne();
        } finally {
            jdbc.update("delete from shedlock where name = ?", RetentionJob.LOCK);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSignedInPerson_cannotRunTheJob() {
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(job::runAll).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void oneProvidersRun_leavesAnotherProvidersDataAndReportsAlone() {
        var a = provider();
        var b = provider();
        long partnerB = b.partner("Bethan", LocalDate.of(2020, 1, 1), null);
        long auditB = b.audit(LocalDate.of(2019, 1, 1));
        long mailB = b.sentMail(LocalDate.of(2025, 1, 1));
        long claimB = b.claim(b.erasedPartner(), "PAID", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 2));
        a.partner("Aled", LocalDate.of(2020, 1, 1), null);

        RetentionRun runA = runOn(a, LocalDate.of(2026, 6, 1));

        assertThat(runA.counts().get(RetentionKind.INACTIVE_PARTNERS)).isOne();
        assertThat(b.name(partnerB)).isEqualTo("Bethan");
        assertThat(b.exists("audit_entry", auditB)).isTrue();
        assertThat(b.exists("mail_message", mailB)).isTrue();
        assertThat(b.exists("payment_claim", claimB)).isTrue();
        assertThat(TenantContext.runAs(b.tenant, () -> runs.findAll())).isEmpty();
        assertThat(as(DemoLogins.NB_LEAD, retention::lastRuns)).extracting(RetentionRun::id).doesNotContain(runA.id());
    }

    @Test
    void theLeadsPeriods_areCheckedAudited_andOnlyTheirProvidersOwn() {
        var changed = new RetentionPeriods(36, 7, 8, 120);
        try {
            as(DemoLogins.NB_LEAD, () -> retention.change(changed));
            assertThat(as(DemoLogins.NB_COORDINATOR, retention::periods)).isEqualTo(changed);
            assertThat(as(DemoLogins.SM_LEAD, retention::periods)).isEqualTo(RetentionPeriods.defaults());
            assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'RETENTION_CHANGED'"
                    + " order by id desc limit 1", String.class)).isEqualTo(
                    "INACTIVE_PARTNERS 24 → 36; FINANCE_RECORDS 6 → 7; AUDIT_ENTRIES 6 → 8; SENT_MAIL 90 → 120");

            assertThatThrownBy(() -> as(DemoLogins.NB_LEAD, () -> retention.change(new RetentionPeriods(36, 5, 8, 120))))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("retention.error.out-of-range");
            assertThat(as(DemoLogins.NB_LEAD, retention::periods)).as("nothing changed").isEqualTo(changed);
            assertThatThrownBy(() -> as(DemoLogins.NB_COORDINATOR, () -> retention.change(RetentionPeriods.defaults())))
                    .isInstanceOf(AccessDeniedException.class);
            for (String refused : new String[] {DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER, DemoLogins.REVIEWER}) {
                assertThatThrownBy(() -> as(refused, retention::periods)).as(refused)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> as(refused, retention::preview)).as(refused)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> as(refused, retention::lastRuns)).as(refused)
                        .isInstanceOf(AccessDeniedException.class);
            }
        } finally {
            as(DemoLogins.NB_LEAD, () -> retention.change(RetentionPeriods.defaults()));
        }
    }

    private RetentionFixture provider() {
        var provider = RetentionFixture.newProvider(jdbc);
        RetentionTestErasure.TEST_PROVIDERS.add(provider.tenant);
        return provider;
    }

    private RetentionRun runOn(RetentionFixture provider, LocalDate day) {
        return TenantContext.runAs(provider.tenant, () -> work.run(day, Instant.now()));
    }

    private boolean onMySql() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT).matches(".*(mysql|mariadb).*")));
    }
}
