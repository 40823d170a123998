package app.involvement.evidence;

import app.involvement.DemoLogins;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo reviewer's current assignment to Northbridge (DD042's demo data), and ids that reviewer may not read. */
public final class EvidenceFixture {

    /** An assignment id nobody holds. */
    public static final long UNKNOWN = 999_999_999_999L;

    private EvidenceFixture() {
    }

    private static LocalDate today() {
        return LocalDate.now(app.involvement.shared.UkFormats.UK_TIME);
    }

    public static Long reviewersAssignment(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select min(a.id) from review_assignment a join provider v"
                + " on v.id = a.provider_id where v.short_code = 'NBU' and a.reviewer_email = ?"
                + " and a.ended_early_at is null and a.starts_on <= ? and a.ends_on >= ?", Long.class,
                DemoLogins.REVIEWER, today(), today());
        if (id == null) {
            throw new IllegalStateException("the demo reviewer has no current assignment to Northbridge");
        }
        return id;
    }

    /** Ids the demo reviewer may not read today: unknown, and any assignment another's, ended or outside its window. */
    public static List<Long> notTheReviewersToday(JdbcTemplate jdbc) {
        var ids = new ArrayList<Long>(List.of(UNKNOWN, 1L + UNKNOWN));
        ids.addAll(jdbc.queryForList("select a.id from review_assignment a where a.reviewer_email <> ?"
                + " or a.ended_early_at is not null or a.starts_on > ? or a.ends_on < ? order by a.id", Long.class,
                DemoLogins.REVIEWER, today(), today()));
        return ids;
    }
}
