package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.payments.MonthTotal;
import app.involvement.payments.RunStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The queries of payment runs over claims and runs (JPQL, so Hibernate adds the tenant to each). Rows a run changes
 * are read with {@code FOR UPDATE}, always in id order, so two finance users building runs at once take turns and
 * never deadlock.
 */
@Component
class RunClaims {

    private final EntityManager entityManager;

    RunClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
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

    /** These claims of this provider, locked for the rest of the transaction. */
    List<PaymentClaim> lock(Collection<Long> ids) {
        return entityManager.createQuery("select c from PaymentClaim c where c.id in :ids order by c.id",
                PaymentClaim.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The claims of a run, locked when {@code forUpdate}. */
    List<PaymentClaim> inRun(Long runId, boolean forUpdate) {
        var query = entityManager.createQuery("select c from PaymentClaim c where c.runId = :run order by c.id",
                PaymentClaim.class).setParameter("run", runId);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList();
    }

    /** The run, locked: exporting, taking out and marking paid are taken one at a time. Empty if not this provider's. */
    Optional<PaymentRun> lockRun(Long runId) {
        return entityManager.createQuery("select r from PaymentRun r where r.id = :id", PaymentRun.class)
                .setParameter("id", runId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
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
