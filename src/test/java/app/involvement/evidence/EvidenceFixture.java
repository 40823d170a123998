package app.involvement.evidence;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo reviewer's assignment to Northbridge: the real table's row once reviewer access is merged, else the stand-in's. */
public final class EvidenceFixture {

    private EvidenceFixture() {
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(app.involvement.shared.UkFormats.UK_TIME);
    }

    public static Long reviewersAssignment(JdbcTemplate jdbc) {
        try {
            Long id = jdbc.queryForObject("select min(a.id) from review_assignment a join provider v"
                    + " on v.id = a.provider_id where v.short_code = 'NBU' and a.reviewer_email = ?"
                    + " and a.ended_early_at is null and a.starts_on <= ? and a.ends_on >= ?", Long.class,
                    TestReviewerAccess.REVIEWER, today(), today());
            if (id != null) {
                return id;
            }
        } catch (DataAccessException noSuchTable) {
            // reviewer access not merged: the stand-in's assignment
        }
        return TestReviewerAccess.ASSIGNMENT_ID;
    }

    /** An assignment id nobody holds. */
    public static final long UNKNOWN = 999_999_999_999L;

    /** Ids the demo reviewer may not read today: unknown, and any assignment another's, ended or outside its window. */
    public static java.util.List<Long> notTheReviewersToday(JdbcTemplate jdbc) {
        var ids = new java.util.ArrayList<Long>(java.util.List.of(UNKNOWN, 1L + UNKNOWN));
        try {
            ids.addAll(jdbc.queryForList("select a.id from review_assignment a where a.reviewer_email <> ?"
                    + " or a.ended_early_at is not null or a.starts_on > ? or a.ends_on < ? order by a.id", Long.class,
                    TestReviewerAccess.REVIEWER, today(), today()));
        } catch (DataAccessException noSuchTable) {
            ids.add(TestReviewerAccess.ASSIGNMENT_ID + 1);
        }
        return ids;
    }
}
