package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.payments.MonthTotal;
import app.involvement.payments.RunStatus;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The queries of payment runs over claims and runs (JPQL, so Hibernate adds the tenant to each; the locking reads are
 * native and name the tenant). Rows a run changes are read with {@code FOR UPDATE}, always in id order, so two
 * finance users building runs at once take turns and never deadlock.
 */
@Component
class RunClaims {

    private final EntityManager entityManager;
    private final PaymentRunRepository runs;

    RunClaims(EntityManager entityManager, PaymentRunRepository runs) {
        this.entityManager = entityManager;
        this.runs = runs;
    }

    /** Authorised claims in no run, oldest authorisation first. */
    List<PaymentClaim> ready(int limit) {
        return entityManager.createQuery("select c from PaymentClaim c where c.status = :status and c.runId is null"
                + " order by c.authorisedAt, c.id", PaymentClaim.class)
                .setParameter("status", ClaimStatus.AUTHORISED).setMaxResults(limit).getResultList();
    }

    /** How many claims are ready to pay and their total, in one query. */
    long[] readyTotals() {
        Object[] row = entityManager.createQuery("select count(c), coalesce(sum(c.feePence + c.voucherPence"
                + " + c.expensesPence), 0) from PaymentClaim c where c.status = :status and c.runId is null",
                Object[].class).setParameter("status", ClaimStatus.AUTHORISED).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** A claim as its locking read found it: the latest committed row, whatever this transaction saw before. */
    record LockedClaim(Long id, ClaimStatus status, Long runId, String sessionTitle, long totalPence) {
    }

    /**
     * These claims of this provider, locked for the rest of the transaction. Native SQL naming the tenant, as MariaDB
     * refuses Hibernate's "for update of" (DD022).
     */
    List<LockedClaim> lock(Collection<Long> ids) {
        List<?> rows = entityManager.createNativeQuery("select id, status, run_id, session_title, fee_pence"
                + " + voucher_pence + expenses_pence from payment_claim where tenant_id = :tenant and id in (:ids)"
                + " order by id for update").setParameter("tenant", TenantContext.require()).setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new LockedClaim(((Number) r[0]).longValue(),
                ClaimStatus.valueOf((String) r[1]), r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3],
                ((Number) r[4]).longValue())).toList();
    }

    /** Puts the locked, checked claims in the run; returns how many were still ready (all of them). */
    int putInRun(Collection<Long> ids, Long runId) {
        return entityManager.createQuery("update PaymentClaim c set c.runId = :run, c.version = c.version + 1"
                + " where c.id in :ids and c.runId is null and c.status = :status").setParameter("run", runId)
                .setParameter("ids", ids).setParameter("status", ClaimStatus.AUTHORISED).executeUpdate();
    }

    /** The claims of a run; when {@code forUpdate}, their rows are locked first (in id order). */
    List<PaymentClaim> inRun(Long runId, boolean forUpdate) {
        if (forUpdate) {
            entityManager.createNativeQuery("select id from payment_claim where tenant_id = :tenant and run_id = :run"
                    + " order by id for update").setParameter("tenant", TenantContext.require())
                    .setParameter("run", runId).getResultList();
        }
        return entityManager.createQuery("select c from PaymentClaim c where c.runId = :run order by c.id",
                PaymentClaim.class).setParameter("run", runId).getResultList();
    }

    /** The run, locked: exporting, taking out and marking paid are taken one at a time. Empty if not this provider's. */
    Optional<PaymentRun> lockRun(Long runId) {
        return runs.lockById(runId, TenantContext.require()) == null ? Optional.empty() : run(runId);
    }

    Optional<PaymentRun> run(Long runId) {
        return entityManager.createQuery("select r from PaymentRun r where r.id = :id", PaymentRun.class)
                .setParameter("id", runId).getResultStream().findFirst();
    }

    List<PaymentRun> runs(int offset, int limit) {
        return entityManager.createQuery("select r from PaymentRun r order by r.createdAt desc, r.id desc",
                PaymentRun.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long countRuns() {
        return entityManager.createQuery("select count(r) from PaymentRun r", Long.class).getSingleResult();
    }

    Optional<Long> oldestOpenRun() {
        return entityManager.createQuery("select r.id from PaymentRun r where r.status = :status"
                + " order by r.createdAt, r.id", Long.class).setParameter("status", RunStatus.OPEN).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Paid claims by the month they were paid in, from {@code from} on; months without payments are left out. */
    List<MonthTotal> paidByMonth(LocalDate from) {
        return entityManager.createQuery("select year(c.paidOn), month(c.paidOn), count(c), sum(c.feePence),"
                + " sum(c.voucherPence), sum(c.expensesPence) from PaymentClaim c where c.status = :status"
                + " and c.paidOn >= :from group by year(c.paidOn), month(c.paidOn)", Object[].class)
                .setParameter("status", ClaimStatus.PAID).setParameter("from", from).getResultStream()
                .map(r -> new MonthTotal(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }
}
