package app.involvement.payments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * Finance pays authorised claims in runs: a run is made from chosen authorised claims, exported once as a CSV
 * for payroll or accounts payable (then fixed: a claim is never in two runs), and marked paid with a date and
 * reference, which marks each claim paid. The lead may read runs.
 */
public interface PaymentRuns {

    /** Authorised claims in no run yet, oldest approval first, at most {@code limit}. */
    List<ClaimRow> readyToPay(int limit);

    /**
     * @throws app.involvement.shared.BusinessRuleException when no claim is chosen, too many are, or one is not
     *         authorised or already in a run; nothing is stored
     */
    Long create(Collection<Long> claimIds);

    List<RunRow> list(Pageable pageable);

    long count();

    RunRow get(Long runId);

    /** The claims in a run. */
    List<ClaimRow> claims(Long runId);

    /**
     * The run as CSV in the layout of {@code docs/payment-run-csv.md}; the first export fixes the run, later ones
     * give the same rows again.
     */
    byte[] export(Long runId);

    /**
     * Takes a claim out of an open run (it is ready to pay again).
     *
     * @throws app.involvement.shared.BusinessRuleException when the run is exported or paid, or it is its last claim
     */
    void takeOut(Long runId, Long claimId);

    /** Marks an exported run and each of its claims paid. */
    void markPaid(Long runId, LocalDate paidOn, String reference);

    /** The open run, if any, and what is ready for the next one. */
    NextRun next();

    /** Paid totals for the last {@code months} months, newest first. */
    List<MonthTotal> monthlyTotals(int months);
}
