package app.involvement.availability.internal;

import app.involvement.availability.AvailabilityLimits;
import app.involvement.availability.Commitments;
import app.involvement.availability.FreeCandidate;
import app.involvement.availability.SlotQuery;
import app.involvement.availability.WhoIsFree;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read model over the pool's partners and this module's availability, in one SQL query per page
 * and one count (DD019); partners free by their availability are then checked for clashes with places they
 * hold, one more query per page through {@link Commitments} (DD027).
 * Native SQL is not tenant-filtered by Hibernate, so every table here is filtered by the current
 * tenant explicitly (DD001, DD008).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultWhoIsFree implements WhoIsFree {

    private static final String ACTIVE = " where p.tenant_id = :tenant and p.status = 'ACTIVE'";
    private static final String INTERESTED = " and exists (select 1 from partner_interest i where i.tenant_id = :tenant"
            + " and i.partner_id = p.id and i.activity_type_id = :type)";
    /** Only where consent is in force: categories kept without it (withdrawn, never given) never match. */
    private static final String EXPERIENCED = " and p.consent_given_at is not null"
            + " and exists (select 1 from partner_experience x where x.tenant_id = :tenant"
            + " and x.partner_id = p.id and x.category_id = :category)";

    /**
     * Partners with a dated exception covering the date, each found once per page through the exception
     * index instead of by a sub-query per partner; the weekly slot is one unique-key lookup per partner.
     */
    private static final String DATED = " left join (select distinct e.partner_id from availability_exception e"
            + " where e.tenant_id = :tenant and e.available = %s and e.ends_on >= :date and e.starts_on <= :date) %s"
            + " on %2$s.partner_id = p.id";
    private static final String SLOTS = String.format(DATED, "false", "away") + String.format(DATED, "true", "extra")
            + " left join weekly_availability w on w.tenant_id = :tenant and w.partner_id = p.id"
            + " and w.day_of_week = :day and w.part_of_day = :part";
    private static final String EXCLUSION = " case when away.partner_id is not null then 'UNAVAILABLE_ON_DATE'"
            + " when extra.partner_id is not null or w.id is not null then null else 'NOT_IN_WEEKLY_PATTERN' end";
    private static final String ORDER = " order by case when away.partner_id is null"
            + " and (extra.partner_id is not null or w.id is not null) then 0 else 1 end,"
            + " case when p.last_involved_on is null then 0 else 1 end, p.last_involved_on, p.preferred_name, p.id"
            + " limit :limit offset :offset";

    private final NamedParameterJdbcTemplate jdbc;
    private final List<Commitments> commitments;

    DefaultWhoIsFree(NamedParameterJdbcTemplate jdbc, List<Commitments> commitments) {
        this.jdbc = jdbc;
        this.commitments = commitments;
    }

    @Override
    public List<FreeCandidate> candidates(SlotQuery query, Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), AvailabilityLimits.PAGE_SIZE_MAX);
        var parameters = parameters(query).addValue("limit", size).addValue("offset", (long) pageable.getPageNumber() * size);
        String sql = "select p.id, p.preferred_name, p.full_name, p.email, p.phone, p.last_involved_on," + EXCLUSION
                + " as exclusion from partner p" + SLOTS + where(query) + ORDER;
        var page = jdbc.query(sql, parameters, (rs, row) -> {
            Date last = rs.getDate("last_involved_on");
            String exclusion = rs.getString("exclusion");
            return new FreeCandidate(rs.getLong("id"), rs.getString("preferred_name"), rs.getString("full_name"),
                    rs.getString("email"), rs.getString("phone"),
                    last == null ? null : last.toLocalDate(),
                    exclusion == null ? null : FreeCandidate.Exclusion.valueOf(exclusion));
        });
        return withClashes(query, page);
    }

    /** Marks free partners who hold a place at that time; the order within the page stays fairest first. */
    private List<FreeCandidate> withClashes(SlotQuery query, List<FreeCandidate> page) {
        var free = page.stream().filter(FreeCandidate::free).map(FreeCandidate::partnerId).toList();
        if (free.isEmpty() || commitments.isEmpty()) {
            return page;
        }
        Set<Long> busy = commitments.getFirst().busy(query.date(), query.part(), free);
        if (busy.isEmpty()) {
            return page;
        }
        var marked = new ArrayList<FreeCandidate>(page.size());
        for (FreeCandidate c : page) {
            marked.add(busy.contains(c.partnerId()) ? new FreeCandidate(c.partnerId(), c.preferredName(), c.fullName(),
                    c.email(), c.phone(), c.lastInvolvedOn(), FreeCandidate.Exclusion.CLASH) : c);
        }
        return marked;
    }

    @Override
    public long count(SlotQuery query) {
        var parameters = parameters(query);
        Long count = jdbc.queryForObject("select count(*) from partner p" + where(query), parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** Active partners, narrowed by the optional filters; the SQL is built from constants only. */
    private static String where(SlotQuery query) {
        return ACTIVE + (query.activityTypeId() == null ? "" : INTERESTED)
                + (query.experienceCategoryId() == null ? "" : EXPERIENCED);
    }

    private static MapSqlParameterSource parameters(SlotQuery query) {
        if (query == null || query.date() == null || query.part() == null) {
            throw new BusinessRuleException("field.required");
        }
        return new MapSqlParameterSource()
                .addValue("tenant", TenantContext.require())
                .addValue("date", Date.valueOf(query.date()))
                .addValue("day", query.date().getDayOfWeek().getValue())
                .addValue("part", query.part().name())
                .addValue("type", query.activityTypeId())
                .addValue("category", query.experienceCategoryId());
    }
}
