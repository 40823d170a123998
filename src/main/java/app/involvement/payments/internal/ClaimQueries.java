package app.involvement.payments.internal;

import app.involvement.payments.ClaimFilter;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.PaymentLimits;
import app.involvement.shared.UkFormats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The staff list of claims: one query per page and one count, filtered by status, overdue and partner. JPQL, so
 * Hibernate adds the tenant to both (DD001); names come from the pool in one more query (DD035).
 */
@Component
class ClaimQueries {

    private static final List<ClaimStatus> ON_THE_WAY = List.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED,
            ClaimStatus.AUTHORISED);

    private final EntityManager entityManager;
    private final ClaimReads reads;

    ClaimQueries(EntityManager entityManager, ClaimReads reads) {
        this.entityManager = entityManager;
        this.reads = reads;
    }

    /** Oldest submission first, so none waits long; drafts (not yet submitted) last. */
    List<PaymentClaim> page(ClaimFilter filter, Pageable pageable) {
        int size = Math.min(Math.max(pageable.getPageSize(), 1), PaymentLimits.PAGE_SIZE_MAX);
        var query = bind(entityManager.createQuery("select c from PaymentClaim c" + where(filter)
                + " order by case when c.submittedAt is null then 1 else 0 end, c.submittedAt, c.id",
                PaymentClaim.class), filter);
        return query.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) pageable.getPageNumber() * size))
                .setMaxResults(size).getResultList();
    }

    long count(ClaimFilter filter) {
        return bind(entityManager.createQuery("select count(c) from PaymentClaim c" + where(filter), Long.class),
                filter).getSingleResult();
    }

    private static String where(ClaimFilter filter) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filter.overdueOnly()) {
            where.append(" and c.status in :onTheWay and c.submittedAt < :dueCutoff");
        }
        if (filter.partnerId() != null) {
            where.append(" and c.partnerId = :partner");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, ClaimFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.overdueOnly()) {
            query.setParameter("onTheWay", ON_THE_WAY).setParameter("dueCutoff", overdueCutoff());
        }
        if (filter.partnerId() != null) {
            query.setParameter("partner", filter.partnerId());
        }
        return query;
    }

    /** A claim on the way submitted before the start of this UK day is past the provider's turnaround. */
    private Instant overdueCutoff() {
        return reads.overdueIfSubmittedBefore(reads.turnaroundDays()).atStartOfDay(UkFormats.UK_TIME).toInstant();
    }
}
