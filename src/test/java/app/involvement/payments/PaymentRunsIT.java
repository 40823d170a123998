package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Finance builds a run from authorised claims, exports it (which fixes it) and marks it paid. */
@RecordApplicationEvents
class PaymentRunsIT extends IntegrationTestBase {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    private PaymentRuns runs;

    @Autowired
    private ApplicationEvents events;

    private RunFixtures nb;

    @BeforeEach
    void fixtures() {
        nb = new RunFixtures(jdbc, providerId("NBU"));
    }

    @Test
    void readyToPay_listsAuthorisedClaimsInNoRun_withTheNameFinancePays() {
        Long ready = nb.authorised("Ready Rhiannon", 5000, 0, 1250);
        Long approved = nb.claim(nb.partner("Approved Alun", null), "APPROVED", 5000, 0, 0, Instant.now());
        Long known = nb.claim(nb.partner("Sam", "Samuel Jones"), "AUTHORISED", 0, 2500, 0, Instant.now());

        List<ClaimRow> rows = as(DemoLogins.NB_FINANCE, () -> runs.readyToPay(PaymentLimits.MAX_RUN_CLAIMS));

        assertThat(rows).extracting(ClaimRow::id).contains(ready, known).doesNotContain(approved);
        ClaimRow row = rows.stream().filter(r -> r.id().equals(ready)).findFirst().orElseThrow();
        assertThat(row.partnerName()).isEqualTo("Ready Rhiannon");
        assertThat(row.totalPence()).isEqualTo(6250);
        assertThat(rows.stream().filter(r -> r.id().equals(known)).findFirst().orElseThrow().partnerName())
                .isEqualTo("Samuel Jones");
    }

    @Test
    void aRun_takesTheChosenClaims_withItsTotals_andTheyAreNoLongerReady() {
        Long one = nb.authorised("Run One", 5000, 0, 1250);
        Long two = nb.authorised("Run Two", 0, 2500, 0);
        NextRun before = as(DemoLogins.NB_FINANCE, () -> runs.next());

        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(one, two)));

        RunRow row = as(DemoLogins.NB_FINANCE, () -> runs.get(run));
        assertThat(row.status()).isEqualTo(RunStatus.OPEN);
        assertThat(row.claimCount()).isEqualTo(2);
        assertThat(row.totalPence()).isEqualTo(8750);
        assertThat(row.createdBy()).isEqualTo(DemoLogins.NB_FINANCE);
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.claims(run))).extracting(ClaimRow::id)
                .containsExactlyInAnyOrder(one, two);
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.readyToPay(PaymentLimits.MAX_RUN_CLAIMS)))
                .extracting(ClaimRow::id).doesNotContain(one, two);
        NextRun after = as(DemoLogins.NB_FINANCE, () -> runs.next());
        assertThat(after.readyCount()).isEqualTo(before.readyCount() - 2);
        assertThat(after.readyPence()).isEqualTo(before.readyPence() - 8750);
        assertThat(after.openRunId()).isNotNull();
        assertThat(audited("RUN_CREATED", "payment run " + run)).isOne();
    }

    @Test
    void aClaimAlreadyInARun_orNotAuthorised_refusesTheWholeRun() {
        Long first = nb.authorised("First Run", 3000, 0, 0);
        Long other = nb.authorised("Other Claim", 3000, 0, 0);
        Long submitted = nb.claim(nb.partner("Submitted Siân", null), "SUBMITTED", 3000, 0, 0, Instant.now());
        as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(first)));
        long runsBefore = runCount();

        as(DemoLogins.NB_FINANCE, () -> {
            assertThatThrownBy(() -> runs.create(List.of(other, first))).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("runs.claim-in-run");
            assertThatThrownBy(() -> runs.create(List.of(other, submitted))).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("runs.claim-not-authorised");
            assertThatThrownBy(() -> runs.create(List.of())).hasMessage("runs.none-chosen");
            assertThatThrownBy(() -> runs.create(java.util.stream.LongStream.rangeClosed(1,
                    PaymentLimits.MAX_RUN_CLAIMS + 1).boxed().toList())).hasMessage("runs.too-many");
        });

        assertThat(runCount()).isEqualTo(runsBefore);
        assertThat(nb.runOf(other)).isNull();
        assertThat(nb.runOf(submitted)).isNull();
    }

    @Test
    void exporting_fixesTheRun_andGivesTheSameRowsAgain() {
        Long one = nb.authorised("Export One", 5000, 0, 1250);
        Long two = nb.authorised("Export Two", 5000, 0, 0);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(one, two)));

        byte[] first = as(DemoLogins.NB_FINANCE, () -> runs.export(run));
        byte[] again = as(DemoLogins.NB_FINANCE, () -> runs.export(run));

        String csv = new String(first, StandardCharsets.UTF_8);
        assertThat(csv).contains("Export One").contains("62.50").contains("C" + one);
        assertThat(csv.lines()).hasSize(3);
        assertThat(again).isEqualTo(first);
        RunRow row = as(DemoLogins.NB_FINANCE, () -> runs.get(run));
        assertThat(row.status()).isEqualTo(RunStatus.EXPORTED);
        assertThat(row.exportedAt()).isNotNull();
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> runs.takeOut(run, one))
                .isInstanceOf(BusinessRuleException.class).hasMessage("runs.fixed"));
        assertThat(nb.runOf(one)).isEqualTo(run);
        assertThat(audited("RUN_EXPORTED", "payment run " + run)).isOne();
    }

    @Test
    void anOpenRun_letsAClaimBeTakenOut_butNotItsLast() {
        Long keep = nb.authorised("Keep Me", 4000, 0, 0);
        Long out = nb.authorised("Take Me Out", 1000, 0, 500);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(keep, out)));

        as(DemoLogins.NB_FINANCE, () -> runs.takeOut(run, out));

        assertThat(nb.runOf(out)).isNull();
        RunRow row = as(DemoLogins.NB_FINANCE, () -> runs.get(run));
        assertThat(row.claimCount()).isOne();
        assertThat(row.totalPence()).isEqualTo(4000);
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.readyToPay(PaymentLimits.MAX_RUN_CLAIMS)))
                .extracting(ClaimRow::id).contains(out);
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> runs.takeOut(run, keep))
                .isInstanceOf(BusinessRuleException.class).hasMessage("runs.last-claim"));
        assertThat(nb.runOf(keep)).isEqualTo(run);
    }

    @Test
    void markingPaid_needsAnExportedRun_aPastDay_andAReference_thenPaysEveryClaim() {
        Long one = nb.authorised("Paid One", 5000, 0, 1250);
        Long two = nb.authorised("Paid Two", 0, 2500, 300);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(one, two)));
        LocalDate today = LocalDate.now(UK);

        as(DemoLogins.NB_FINANCE, () -> {
            assertThatThrownBy(() -> runs.markPaid(run, today, "BACS-1")).hasMessage("runs.not-exported");
            runs.export(run);
            assertThatThrownBy(() -> runs.markPaid(run, today.plusDays(1), "BACS-1")).hasMessage("runs.paid-on-future");
            assertThatThrownBy(() -> runs.markPaid(run, today.minusDays(1), "BACS-1"))
                    .hasMessage("runs.paid-on-before-export");
            assertThatThrownBy(() -> runs.markPaid(run, null, "BACS-1")).hasMessage("runs.paid-on-required");
            assertThatThrownBy(() -> runs.markPaid(run, today, "  ")).hasMessage("runs.reference-required");
            assertThatThrownBy(() -> runs.markPaid(run, today, "x".repeat(PaymentLimits.PAYMENT_REFERENCE + 1)))
                    .hasMessage("field.too-long");
        });
        assertThat(nb.statusOf(one)).isEqualTo("AUTHORISED");

        as(DemoLogins.NB_FINANCE, () -> runs.markPaid(run, today, " BACS-2026-11 "));

        RunRow row = as(DemoLogins.NB_FINANCE, () -> runs.get(run));
        assertThat(row.status()).isEqualTo(RunStatus.PAID);
        assertThat(row.paidOn()).isEqualTo(today);
        assertThat(row.paymentReference()).isEqualTo("BACS-2026-11");
        assertThat(List.of(nb.statusOf(one), nb.statusOf(two))).containsOnly("PAID");
        assertThat(jdbc.queryForObject("select payment_reference from payment_claim where id = ?", String.class, two))
                .isEqualTo("BACS-2026-11");
        assertThat(events.stream(ClaimPaid.class).filter(e -> e.claimId().equals(one) || e.claimId().equals(two)))
                .extracting(ClaimPaid::totalPence, ClaimPaid::paidOn)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(6250L, today),
                        org.assertj.core.groups.Tuple.tuple(2800L, today));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> runs.markPaid(run, today, "BACS-again"))
                .hasMessage("runs.already-paid"));
        assertThat(audited("RUN_PAID", "payment run " + run)).isOne();
        assertThat(audited("CLAIM_PAID", "claim " + one)).isOne();
    }

    @Test
    void monthlyTotals_addWhatWasPaidThisMonth_andListTheMonthsNewestFirst() {
        MonthTotal before = as(DemoLogins.NB_LEAD, () -> runs.monthlyTotals(12)).getFirst();
        Long one = nb.authorised("Month One", 5000, 0, 1250);
        Long two = nb.authorised("Month Two", 0, 2500, 0);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(one, two)));
        as(DemoLogins.NB_FINANCE, () -> {
            runs.export(run);
            runs.markPaid(run, LocalDate.now(UK), "BACS-M");
        });

        List<MonthTotal> months = as(DemoLogins.NB_LEAD, () -> runs.monthlyTotals(12));

        assertThat(months).hasSize(12);
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.now(UK));
        assertThat(months.get(1).month()).isEqualTo(YearMonth.now(UK).minusMonths(1));
        MonthTotal now = months.getFirst();
        assertThat(now.claimCount() - before.claimCount()).isEqualTo(2);
        assertThat(now.feePence() - before.feePence()).isEqualTo(5000);
        assertThat(now.voucherPence() - before.voucherPence()).isEqualTo(2500);
        assertThat(now.expensesPence() - before.expensesPence()).isEqualTo(1250);
    }

    @Test
    void theLeadReadsRuns_butOnlyFinanceMakesAndPaysThem() {
        Long claim = nb.authorised("Roles Claim", 1000, 0, 0);
        Long run = as(DemoLogins.NB_FINANCE, () -> runs.create(List.of(claim)));

        as(DemoLogins.NB_LEAD, () -> {
            assertThat(runs.list(PageRequest.of(0, 20))).extracting(RunRow::id).contains(run);
            assertThat(runs.count()).isPositive();
            assertThat(runs.claims(run)).extracting(ClaimRow::id).containsExactly(claim);
            assertThatThrownBy(() -> runs.create(List.of(claim))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.export(run)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.markPaid(run, LocalDate.now(UK), "X")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.readyToPay(10)).isInstanceOf(AccessDeniedException.class);
        });
        for (String other : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_PARTNER)) {
            as(other, () -> {
                assertThatThrownBy(() -> runs.get(run)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> runs.list(PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> runs.monthlyTotals(12)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> runs.next()).isInstanceOf(AccessDeniedException.class);
            });
        }
        assertThat(nb.statusOf(claim)).isEqualTo("AUTHORISED");
        assertThat(as(DemoLogins.NB_FINANCE, () -> runs.get(run)).status()).isEqualTo(RunStatus.OPEN);
    }

    private long runCount() {
        return jdbc.queryForObject("select count(*) from payment_run", Long.class);
    }

    private long audited(String type, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?", Long.class,
                type, subject);
    }
}
