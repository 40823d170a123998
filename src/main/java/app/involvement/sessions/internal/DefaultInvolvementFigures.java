package app.involvement.sessions.internal;

import app.involvement.provider.ActivityArea;
import app.involvement.sessions.InvolvementFigures;
import app.involvement.sessions.SessionLevel;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate SQL for the insights (DD040). Native SQL is not tenant-filtered by Hibernate, so every table is joined on
 * and filtered by the tenant here (DD001). Only portable SQL: window functions, CASE, HOUR/MINUTE/MONTH/YEAR — it
 * runs on H2 (MySQL mode), MariaDB 10.11 and MySQL 8.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultInvolvementFigures implements InvolvementFigures {

    /** Counted involvement: completed sessions that are not simulation re-use, in the period and the filter. */
    private static final String COUNTED = " from involvement_session s"
            + " join activity_type t on t.tenant_id = s.tenant_id and t.id = s.activity_type_id"
            + " join programme p on p.tenant_id = s.tenant_id and p.id = s.programme_id";
    private static final String ATTENDED = " join session_offer o on o.tenant_id = s.tenant_id and o.session_id = s.id"
            + " and o.attendance = 'ATTENDED'";
    private static final String MINUTES = "((hour(s.end_time) * 60 + minute(s.end_time))"
            + " - (hour(s.start_time) * 60 + minute(s.start_time)))";
    private static final String ACADEMIC_YEAR = "(case when month(s.held_on) >= 9 then year(s.held_on)"
            + " else year(s.held_on) - 1 end)";

    private final NamedParameterJdbcTemplate jdbc;

    DefaultInvolvementFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String where(Scope scope) {
        return " where s.tenant_id = :tenant and s.status = 'COMPLETED' and s.kind <> 'SIMULATION_REUSE'"
                + " and s.held_on >= :from and s.held_on <= :to"
                + (scope.programmeId() == null ? "" : " and s.programme_id = :programme")
                + (scope.area() == null ? "" : " and t.area = :area");
    }

    private static MapSqlParameterSource parameters(Scope scope) {
        return new MapSqlParameterSource("tenant", TenantContext.require())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()))
                .addValue("programme", scope.programmeId())
                .addValue("area", scope.area() == null ? null : scope.area().name());
    }

    @Override
    public List<AreaProgrammeYearRow> byAreaProgrammeYear(Scope scope) {
        String sql = "select " + ACADEMIC_YEAR + " ay, t.area, s.programme_id, p.name, count(distinct s.id) sessions,"
                + " count(o.id) participations,"
                + " coalesce(sum(case when o.id is not null then " + MINUTES + " end), 0) minutes" + COUNTED
                + " left join session_offer o on o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " and o.attendance = 'ATTENDED'" + where(scope)
                + " group by " + ACADEMIC_YEAR + ", t.area, s.programme_id, p.name"
                + " order by 1, 2, 4";
        return jdbc.query(sql, parameters(scope), (rs, n) -> new AreaProgrammeYearRow(rs.getInt(1),
                ActivityArea.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7)));
    }

    @Override
    public List<LevelRow> levels(Scope scope) {
        String sql = "select s.level, count(*)" + COUNTED + where(scope) + " group by s.level";
        return jdbc.query(sql, parameters(scope),
                (rs, n) -> new LevelRow(SessionLevel.valueOf(rs.getString(1)), rs.getLong(2)));
    }

    @Override
    public ReachRow reach(Scope scope) {
        String sql = "select count(distinct s.id), count(distinct o.partner_id), count(o.id),"
                + " coalesce(sum(case when o.id is not null then " + MINUTES + " end), 0)" + COUNTED
                + " left join session_offer o on o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " and o.attendance = 'ATTENDED'" + where(scope);
        return jdbc.queryForObject(sql, parameters(scope),
                (rs, n) -> new ReachRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    @Override
    public List<ConcentrationRow> concentrationByProgramme(Scope scope, int top) {
        return concentration(scope, top, true);
    }

    @Override
    public ConcentrationRow concentration(Scope scope, int top) {
        List<ConcentrationRow> rows = concentration(scope, top, false);
        return rows.isEmpty() ? new ConcentrationRow(null, null, 0, 0, 0, 0, 0) : rows.getFirst();
    }

    /**
     * Participations per partner (and programme) in a derived table, ranked within each group by a window function;
     * the outer query sums the top ranks and the squares, so no row reaches the application.
     */
    private List<ConcentrationRow> concentration(Scope scope, int top, boolean byProgramme) {
        String group = byProgramme ? "s.programme_id" : "0";
        // a constant in GROUP BY would be read as a column position, so all programmes together group by partner only
        String perPartner = "select " + group + " g, o.partner_id, count(*) c" + COUNTED + ATTENDED + where(scope)
                + " group by " + (byProgramme ? "s.programme_id, " : "") + "o.partner_id";
        String ranked = "select x.g, x.c, row_number() over (partition by x.g order by x.c desc, x.partner_id) rn,"
                + " count(*) over (partition by x.g) n from (" + perPartner + ") x";
        String sql = "select r.g, max(r.n), sum(r.c), sum(case when r.rn <= :top then r.c else 0 end),"
                + " sum(case when (r.rn - 1) * 10 < r.n then r.c else 0 end), sum(r.c * r.c)"
                + " from (" + ranked + ") r group by r.g";
        List<ConcentrationRow> rows = jdbc.query(sql, parameters(scope).addValue("top", top),
                (rs, n) -> new ConcentrationRow(byProgramme ? rs.getLong(1) : null, null, rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        if (!byProgramme) {
            return rows;
        }
        var names = new java.util.HashMap<Long, String>();
        jdbc.query("select id, name from programme where tenant_id = :tenant",
                new MapSqlParameterSource("tenant", TenantContext.require()),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return rows.stream()
                .map(r -> new ConcentrationRow(r.programmeId(), names.getOrDefault(r.programmeId(), ""), r.partners(),
                        r.participations(), r.top(), r.topTenth(), r.sumOfSquares()))
                .sorted(java.util.Comparator.comparing(ConcentrationRow::programme))
                .toList();
    }

    /**
     * Grouped derived tables joined to the programmes, not a sub-query per programme: the places are read once, and
     * the experience categories are looked up once per distinct partner and programme rather than once per place.
     */
    @Override
    public List<CoverageRow> coverage(Scope scope) {
        String counted = " from involvement_session s"
                + " join activity_type t on t.tenant_id = s.tenant_id and t.id = s.activity_type_id" + ATTENDED
                + where(scope);
        String sql = "select p.id, p.name,"
                + " (select count(*) from programme_definition d where d.tenant_id = p.tenant_id"
                + " and d.programme_id = p.id) defined,"
                + " coalesce(a.participations, 0), coalesce(c.covered, 0)"
                + " from programme p"
                + " left join (select s.programme_id, count(*) participations" + counted
                + " group by s.programme_id) a on a.programme_id = p.id"
                + " left join (select x.programme_id, count(distinct e.category_id) covered"
                + " from (select distinct s.programme_id, o.partner_id" + counted + ") x"
                + " join partner_experience e on e.tenant_id = :tenant and e.partner_id = x.partner_id"
                + " join experience_category c on c.tenant_id = e.tenant_id and c.id = e.category_id"
                + " and c.retired_at is null group by x.programme_id) c on c.programme_id = p.id"
                + " where p.tenant_id = :tenant"
                + (scope.programmeId() == null ? "" : " and p.id = :programme")
                + " order by p.name, p.id limit 200";
        return jdbc.query(sql, parameters(scope), (rs, n) -> new CoverageRow(rs.getLong(1), rs.getString(2),
                rs.getLong(3) > 0, rs.getLong(4), rs.getLong(5)));
    }

    @Override
    public long currentExperienceCategories() {
        Long count = jdbc.queryForObject("select count(*) from experience_category where tenant_id = :tenant"
                + " and retired_at is null", new MapSqlParameterSource("tenant", TenantContext.require()), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public long inactivePartners(LocalDate since, LocalDate today) {
        String sql = "select count(*) from partner pt where pt.tenant_id = :tenant and pt.status = 'ACTIVE'"
                + " and pt.created_at < :sinceStart and not exists (select 1 from session_offer o"
                + " join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
                + " where o.tenant_id = pt.tenant_id and o.partner_id = pt.id and o.attendance = 'ATTENDED'"
                + " and s.status = 'COMPLETED' and s.kind <> 'SIMULATION_REUSE'"
                + " and s.held_on >= :since and s.held_on <= :today)";
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("tenant", TenantContext.require())
                .addValue("since", Date.valueOf(since)).addValue("today", Date.valueOf(today))
                .addValue("sinceStart", Timestamp.valueOf(since.atStartOfDay())), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public LocalDate firstSessionDay() {
        Date first = jdbc.queryForObject("select min(held_on) from involvement_session where tenant_id = :tenant"
                + " and status = 'COMPLETED'", new MapSqlParameterSource("tenant", TenantContext.require()),
                Date.class);
        return first == null ? null : first.toLocalDate();
    }
}
