package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.payments.TaxYear;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** One partner's claims in the current provider (Hibernate adds the tenant): each read is one query. */
@Component
class MyClaimQueries {

    private static final List<ClaimStatus> ON_THE_WAY = List.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED,
            ClaimStatus.AUTHORISED);

    private final EntityManager entityManager;

    MyClaimQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest session first, at most {@code limit}. */
    List<PaymentClaim> newestFirst(Long partnerId, int limit) {
        return entityManager.createQuery("""
                select c from PaymentClaim c where c.partnerId = :partner
                order by c.heldOn desc, c.id desc""", PaymentClaim.class)
                .setParameter("partner", partnerId).setMaxResults(limit).getResultList();
    }

    /**
     * Fees and vouchers in the tax year: {@code [paid in it, on the way]}. Paid counts by the day paid; on the way
     * (submitted, not yet paid) by the session day. Expenses are left out: they are costs paid back, not income.
     */
    long[] feesAndVouchers(Long partnerId, TaxYear year) {
        Object[] sums = entityManager.createQuery("""
                select coalesce(sum(case when c.status = :paid and c.paidOn between :from and :to
                           then c.feePence + c.voucherPence else 0 end), 0),
                       coalesce(sum(case when c.status in :onTheWay and c.heldOn between :from and :to
                           then c.feePence + c.voucherPence else 0 end), 0)
                from PaymentClaim c where c.partnerId = :partner""", Object[].class)
                .setParameter("paid", ClaimStatus.PAID).setParameter("onTheWay", ON_THE_WAY)
                .setParameter("from", year.from()).setParameter("to", year.to())
                .setParameter("partner", partnerId).getSingleResult();
        return new long[] {((Number) sums[0]).longValue(), ((Number) sums[1]).longValue()};
    }

    /** Claims paid in the tax year, in the order they were paid. */
    List<PaymentClaim> paidIn(Long partnerId, TaxYear year) {
        return entityManager.createQuery("""
                select c from PaymentClaim c where c.partnerId = :partner and c.status = :paid
                and c.paidOn between :from and :to order by c.paidOn, c.heldOn, c.id""", PaymentClaim.class)
                .setParameter("partner", partnerId).setParameter("paid", ClaimStatus.PAID)
                .setParameter("from", year.from()).setParameter("to", year.to()).getResultList();
    }
}
