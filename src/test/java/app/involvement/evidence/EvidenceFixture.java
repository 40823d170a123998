package app.involvement.evidence;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo reviewer's assignment to Northbridge: the real table's row once reviewer access is merged, else the stand-in's. */
public final class EvidenceFixture {

    private EvidenceFixture() {
    }

    public static Long reviewersAssignment(JdbcTemplate jdbc) {
        try {
            Long id = jdbc.queryForObject("select min(a.id) from review_assignment a join provider v"
                    + " on v.id = a.provider_id where v.short_code = 'NBU'", Long.class);
            if (id != null) {
                return id;
            }
        } catch (DataAccessException noSuchTable) {
            // reviewer access not merged: the stand-in's assignment
        }
        return TestReviewerAccess.ASSIGNMENT_ID;
    }
}
