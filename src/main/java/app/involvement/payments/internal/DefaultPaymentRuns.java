package app.involvement.payments.internal;

import app.involvement.payments.ClaimPaid;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.MonthTotal;
import app.involvement.payments.NextRun;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentRuns;
import app.involvement.payments.RunRow;
import app.involvement.payments.RunStatus;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's payment runs (DD036). A run takes authorised claims that are in no run, locking their rows first, so
 * two finance users building runs at once never put a claim in both. The first export fixes the run; marking it
 * paid marks each claim paid and tells the partner ({@link ClaimPaid}). The lead reads runs and totals.
 */
@Service
@Transactional
@PreAuthorize("hasRole('FINANCE')")
class DefaultPaymentRuns implements PaymentRuns {

    /** The monthly totals reach back two years at most. */
    static final int MAX_MONTHS = 24;

    private final RunClaims queries;
    private final PaymentRunRepository runs;
    private final ClaimReads reads;
    private final Pool pool;
    private final PaymentAudit audit;
    private final Clock clock;

    DefaultPaymentRuns(RunClaims queries, PaymentRunRepository runs, ClaimReads reads, Pool pool, PaymentAudit audit,
            Clock clock) {
        this.queries = queries;
        this.runs = runs;
        this.reads = reads;
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimRow> readyToPay(int limit) {
        return rows(queries.ready(Math.clamp(limit, 0, PaymentLimits.MAX_RUN_CLAIMS)));
    }

    @Override
    public Long create(Collection<Long> claimIds) {
        if (claimIds == null || claimIds.isEmpty()) {
            throw new BusinessRuleException("runs.none-chosen");
        }
        if (claimIds.size() > PaymentLimits.MAX_RUN_CLAIMS) {
            throw new BusinessRuleException("runs.too-many", PaymentLimits.MAX_RUN_CLAIMS);
        }
        if (claimIds.stream().anyMatch(Objects::isNull)) {
            throw audit.refused("claim null");
        }
        var ids = new LinkedHashSet<>(claimIds);
        List<RunClaims.LockedClaim> claims = queries.lock(ids);
        if (claims.size() != ids.size()) {
            var found = claims.stream().map(RunClaims.LockedClaim::id).collect(Collectors.toSet());
            throw audit.refused("claim " + ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow());
        }
        for (RunClaims.LockedClaim claim : claims) {
            if (claim.runId() != null) {
                throw new BusinessRuleException("runs.claim-in-run", claim.sessionTitle());
            }
            if (claim.status() != ClaimStatus.AUTHORISED) {
                throw new BusinessRuleException("runs.claim-not-authorised", claim.sessionTitle());
            }
        }
        PaymentRun run = runs.save(new PaymentRun(clock.instant(), audit.actor()));
        long total = claims.stream().mapToLong(RunClaims.LockedClaim::totalPence).sum();
        run.totals(claims.size(), total);
        if (queries.putInRun(ids, run.getId()) != ids.size()) {
            throw new IllegalStateException("claims changed under their locks: " + ids);
        }
        audit.record("RUN_CREATED", subject(run), claims.size() + " claims, " + total + "p: " + abbreviated(ids));
        return run.getId();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FINANCE', 'LEAD')")
    public List<RunRow> list(Pageable pageable) {
        int size = Math.clamp(pageable.getPageSize(), 1, PaymentLimits.PAGE_SIZE_MAX);
        return queries.runs(pageable.getPageNumber() * size, size).stream().map(PaymentRun::row).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FINANCE', 'LEAD')")
    public long count() {
        return queries.countRuns();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FINANCE', 'LEAD')")
    public RunRow get(Long runId) {
        return find(runId).row();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FINANCE', 'LEAD')")
    public List<ClaimRow> claims(Long runId) {
        return rows(queries.inRun(find(runId).getId(), false));
    }

    @Override
    public byte[] export(Long runId) {
        PaymentRun run = locked(runId);
        if (run.getStatus() == RunStatus.OPEN) {
            run.exported(clock.instant(), audit.actor());
            audit.record("RUN_EXPORTED", subject(run), run.row().claimCount() + " claims");
        } else {
            audit.record("RUN_EXPORTED_AGAIN", subject(run), run.getStatus().name());
        }
        List<PaymentClaim> claims = queries.inRun(run.getId(), false);
        Map<Long, PartnerPaymentContact> contacts = contacts(claims);
        return RunCsv.write(claims.stream()
                .map(c -> new RunCsv.Line(run.getId(), c.getId(), c.getPartnerId(), payee(contacts.get(c.getPartnerId())),
                        c.getRoute(), c.getFeePence(), c.getExpensesPence(), c.getVoucherPence(), c.getSessionTitle(),
                        c.getHeldOn(), c.getSubmittedAt(), c.getAuthorisedAt(), c.getPaidOn(), c.getPaymentReference()))
                .sorted(Comparator.comparing(RunCsv.Line::partnerName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(RunCsv.Line::claimId))
                .toList());
    }

    @Override
    public void takeOut(Long runId, Long claimId) {
        PaymentRun run = locked(runId);
        if (run.getStatus() != RunStatus.OPEN) {
            throw new BusinessRuleException("runs.fixed");
        }
        List<PaymentClaim> claims = queries.inRun(run.getId(), true);
        PaymentClaim claim = claims.stream().filter(c -> c.getId().equals(claimId)).findFirst()
                .orElseThrow(() -> audit.refused("claim " + claimId + " in payment run " + runId));
        if (claims.size() == 1) {
            throw new BusinessRuleException("runs.last-claim");
        }
        claim.putInRun(null);
        var left = claims.stream().filter(c -> c != claim).toList();
        run.totals(left.size(), total(left));
        audit.record("RUN_CLAIM_TAKEN_OUT", subject(run), "claim " + claimId);
    }

    @Override
    public void markPaid(Long runId, LocalDate paidOn, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (paidOn == null) {
            throw new BusinessRuleException("runs.paid-on-required");
        }
        if (paidOn.isAfter(today())) {
            throw new BusinessRuleException("runs.paid-on-future");
        }
        if (ref.isEmpty()) {
            throw new BusinessRuleException("runs.reference-required");
        }
        if (ref.length() > PaymentLimits.PAYMENT_REFERENCE) {
            throw new BusinessRuleException("field.too-long", PaymentLimits.PAYMENT_REFERENCE);
        }
        PaymentRun run = locked(runId);
        if (run.getStatus() == RunStatus.OPEN) {
            throw new BusinessRuleException("runs.not-exported");
        }
        if (run.getStatus() == RunStatus.PAID) {
            throw new BusinessRuleException("runs.already-paid");
        }
        if (paidOn.isBefore(run.getExportedAt().atZone(UkFormats.UK_TIME).toLocalDate())) {
            throw new BusinessRuleException("runs.paid-on-before-export");
        }
        run.paid(paidOn, ref, audit.actor());
        Long tenant = TenantContext.require();
        for (PaymentClaim claim : queries.inRun(run.getId(), true)) {
            claim.paid(paidOn, ref);
            audit.record("CLAIM_PAID", "claim " + claim.getId(), subject(run) + "; " + claim.totalPence() + "p");
            audit.publish(new ClaimPaid(tenant, claim.getId(), claim.getPartnerId(), claim.getSessionTitle(),
                    claim.totalPence(), paidOn));
        }
        audit.record("RUN_PAID", subject(run), paidOn + "; " + ref);
    }

    @Override
    @Transactional(readOnly = true)
    public NextRun next() {
        long[] ready = queries.readyTotals();
        return new NextRun(queries.oldestOpenRun().orElse(null), ready[0], ready[1]);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FINANCE', 'LEAD')")
    public List<MonthTotal> monthlyTotals(int months) {
        int count = Math.clamp(months, 1, MAX_MONTHS);
        YearMonth now = YearMonth.from(today());
        Map<YearMonth, MonthTotal> paid = queries.paidByMonth(now.minusMonths(count - 1L).atDay(1)).stream()
                .collect(Collectors.toMap(MonthTotal::month, Function.identity()));
        return Stream.iterate(now, m -> m.minusMonths(1)).limit(count)
                .map(m -> paid.getOrDefault(m, new MonthTotal(m, 0, 0, 0, 0))).toList();
    }

    /** The run of this provider, or refused and audited (an unknown or tampered id). */
    private PaymentRun find(Long runId) {
        return (runId == null ? java.util.Optional.<PaymentRun>empty() : queries.run(runId))
                .orElseThrow(() -> audit.refused("payment run " + runId));
    }

    private PaymentRun locked(Long runId) {
        return (runId == null ? java.util.Optional.<PaymentRun>empty() : queries.lockRun(runId))
                .orElseThrow(() -> audit.refused("payment run " + runId));
    }

    private List<ClaimRow> rows(List<PaymentClaim> claims) {
        Map<Long, PartnerPaymentContact> contacts = contacts(claims);
        int turnaround = reads.turnaroundDays();
        return claims.stream().map(c -> reads.row(c, payee(contacts.get(c.getPartnerId())), turnaround)).toList();
    }

    private Map<Long, PartnerPaymentContact> contacts(List<PaymentClaim> claims) {
        return claims.isEmpty() ? Map.of()
                : pool.paymentContacts(claims.stream().map(PaymentClaim::getPartnerId).distinct().toList());
    }

    /** Whom finance pays: the full name when the record has one, else the name the partner goes by. */
    static String payee(PartnerPaymentContact contact) {
        if (contact == null) {
            return "";
        }
        return contact.fullName() != null && !contact.fullName().isBlank() ? contact.fullName()
                : Objects.toString(contact.preferredName(), "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }

    private static long total(List<PaymentClaim> claims) {
        return claims.stream().mapToLong(PaymentClaim::totalPence).sum();
    }

    private static String subject(PaymentRun run) {
        return "payment run " + run.getId();
    }

    /** The claim ids for the audit detail, cut short to fit its column. */
    private static String abbreviated(Collection<Long> claimIds) {
        String ids = claimIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return ids.length() <= 900 ? ids : ids.substring(0, 900) + "…";
    }
}
