package app.involvement.pool.internal;

import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerRow;
import app.involvement.pool.PoolFilter;
import app.involvement.pool.PoolSort;
import app.involvement.shared.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The pool list's two statements: one page of small rows and one count, with the filters as
 * {@code exists} sub-queries so no collection is ever fetched. Hibernate adds the tenant to the outer
 * query and to each sub-query.
 */
@Component
class PoolQueries {

    private static final String ROW = "select new app.involvement.pool.PartnerRow(p.id, p.preferredName, p.fullName,"
            + " p.kind, p.status, p.email, p.phone, p.lastInvolvedOn) from Partner p";

    /** Sort properties the pool grid offers, and their JPQL; each has an index led by tenant_id (DD006). */
    private static final String LAST_INVOLVED = "p.lastInvolvedOn";
    private static final Map<String, String> SORTABLE = Map.of(
            PoolSort.NAME, "p.preferredName",
            PoolSort.STATUS, "p.status",
            PoolSort.LAST_INVOLVED, LAST_INVOLVED);

    private final EntityManager em;

    PoolQueries(EntityManager em) {
        this.em = em;
    }

    List<PartnerRow> page(PoolFilter filter, Pageable pageable) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        boolean searching = params.containsKey("name");
        TypedQuery<PartnerRow> query = em.createQuery(ROW + where + orderBy(pageable.getSort(), searching),
                PartnerRow.class);
        params.forEach(query::setParameter);
        int size = Math.clamp(pageable.getPageSize(), 1, PartnerLimits.PAGE_SIZE_MAX);
        return query.setFirstResult(Math.toIntExact((long) pageable.getPageNumber() * size)).setMaxResults(size)
                .getResultList();
    }

    /**
     * The grid's sort orders mapped to known columns only (anything else is ignored, never put into the
     * query), then name and id so pages are stable. During a name search the name and status are sorted
     * as {@code lower(...)} (the same order): no index then offers the order, so the database finds the
     * matches through the search-name indexes and sorts only them, instead of walking the whole pool in
     * name order until a page of matches turns up (DD019).
     */
    static String orderBy(Sort sort, boolean searching) {
        var order = new StringJoiner(", ", " order by ", "");
        for (Sort.Order o : sort) {
            String column = sortable(o.getProperty(), searching);
            String direction = o.isDescending() ? " desc" : "";
            if (column != null && column.equals(LAST_INVOLVED)) {
                // "never" counts as longest ago on every database (H2 and MySQL place nulls differently)
                order.add("case when " + column + " is null then 0 else 1 end" + direction);
            }
            if (column != null) {
                order.add(column + direction);
            }
        }
        order.add(sortable(PoolSort.NAME, searching)).add("p.id");
        return order.toString();
    }

    private static String sortable(String property, boolean searching) {
        String column = SORTABLE.get(property);
        return searching && column != null && !column.equals(LAST_INVOLVED) ? "lower(" + column + ")" : column;
    }

    long count(PoolFilter filter) {
        var params = new HashMap<String, Object>();
        TypedQuery<Long> query = em.createQuery("select count(p) from Partner p" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(PoolFilter f, Map<String, Object> params) {
        var clauses = new StringBuilder();
        String name = SearchText.normalise(f.name());
        if (name != null) {
            name = name.substring(0, Math.min(name.length(), PartnerLimits.SEARCH))
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("name", name + "%");
            // the start of the preferred name, of the full name or of the surname: three index range scans
            and(clauses, "(p.searchName like :name escape '!' or p.searchFullName like :name escape '!'"
                    + " or p.searchSurname like :name escape '!')");
        }
        if (f.status() != null) {
            params.put("status", f.status());
            and(clauses, "p.status = :status");
        }
        if (f.kind() != null) {
            params.put("kind", f.kind());
            and(clauses, "p.kind = :kind");
        }
        if (f.experienceCategoryId() != null) {
            params.put("category", f.experienceCategoryId());
            and(clauses, "p.consentGivenAt is not null and exists (select 1 from PartnerExperience e"
                    + " where e.partnerId = p.id and e.categoryId = :category)");
        }
        if (f.activityTypeId() != null) {
            params.put("type", f.activityTypeId());
            and(clauses, "exists (select 1 from PartnerInterest i where i.partnerId = p.id and i.activityTypeId = :type)");
        }
        if (f.lastInvolvedBefore() != null) {
            params.put("before", f.lastInvolvedBefore());
            and(clauses, "(p.lastInvolvedOn is null or p.lastInvolvedOn < :before)");
        }
        return clauses.isEmpty() ? "" : " where " + clauses;
    }

    private static void and(StringBuilder clauses, String clause) {
        clauses.append(clauses.isEmpty() ? "" : " and ").append(clause);
    }
}
