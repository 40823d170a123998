package app.involvement.training.internal;

import app.involvement.tenancy.TenantContext;
import app.involvement.training.RiskAssessmentRow;
import app.involvement.training.SupportLimits;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list of risk assessments with the activity type's and the reviewer's names in one query per page
 * (DD019); native SQL, so the tenant is named for every tenant table (DD001).
 */
@Component
class RiskAssessmentQueries {

    private final NamedParameterJdbcTemplate jdbc;

    RiskAssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Soonest review first, so the ones due come to the top. */
    List<RiskAssessmentRow> page(Pageable pageable, LocalDate today) {
        int size = Math.min(pageable.getPageSize(), SupportLimits.PAGE_SIZE_MAX);
        String sql = "select r.id, r.activity_type_id, t.name, r.session_reference, r.session_date, u.display_name,"
                + " r.assessed_on, r.review_on from risk_assessment r"
                + " join activity_type t on t.id = r.activity_type_id and t.tenant_id = :tenant"
                + " join user_account u on u.id = r.reviewer_user_id"
                + " where r.tenant_id = :tenant order by r.review_on, r.id limit :limit offset :offset";
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require()).addValue("limit", size)
                .addValue("offset", (long) pageable.getPageNumber() * size);
        return jdbc.query(sql, parameters, (rs, row) -> {
            Date session = rs.getDate("session_date");
            LocalDate review = rs.getDate("review_on").toLocalDate();
            return new RiskAssessmentRow(rs.getLong("id"), rs.getLong("activity_type_id"), rs.getString("name"),
                    rs.getString("session_reference"), session == null ? null : session.toLocalDate(),
                    rs.getString("display_name"), rs.getDate("assessed_on").toLocalDate(), review,
                    !review.isAfter(today));
        });
    }
}
