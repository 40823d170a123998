package app.involvement.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.evidence.ReviewerAccess;
import app.involvement.evidence.ReviewerLooks;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform admin's assignments page (list, a new assignment, a refused window) and the lead's "who looked at our
 * evidence" page, which shows the own provider's looks and never another provider's (two-tenant isolation).
 */
class ReviewerPagesViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReviewerAccess access;

    @Test
    void thePlatformAdmin_seesTheAssignments_andAssignsAReviewer_withinTheRules() {
        String reviewer = newReviewer("Ffion Assign");
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        as(DemoLogins.PLATFORM, () -> {
            navigate("review-assignments", ReviewAssignmentsView.class);
            assertThat(test(find(Grid.class).withId("assignments-grid").single()).size()).as("the demo's assignment")
                    .isPositive();

            test(find(Button.class).withId("assignments-add").single()).click();
            test(find(ComboBox.class).withId("assignment-reviewer").single())
                    .selectItem("Ffion Assign (" + reviewer + ")");
            test(find(ComboBox.class).withId("assignment-provider").single()).selectItem("Southmoor College");
            test(find(DatePicker.class).withId("assignment-starts").single()).setValue(today.plusDays(3));
            test(find(DatePicker.class).withId("assignment-ends").single()).setValue(today.plusDays(2));
            test(find(Button.class).withId("assignment-save").single()).click();
            var ends = find(DatePicker.class).withId("assignment-ends").single();
            assertThat(ends.isInvalid()).as("last day before the first day is refused in the form").isTrue();
            assertThat(count(reviewer)).isZero();

            test(ends).setValue(today.plusDays(30));
            test(find(Button.class).withId("assignment-save").single()).click();
            assertThat(count(reviewer)).isOne();
            assertThat(rows(find(Grid.class).withId("assignments-grid").single(), 1))
                    .first().isEqualTo("Ffion Assign (" + reviewer + ")");
        });
    }

    @Test
    void eachLead_seesTheLooksAtTheirOwnEvidence_only() {
        String reviewer = newReviewer("Iwan Isolation");
        Long nb = assignment(reviewer, "NBU");
        Long sm = assignment(reviewer, "SMC");
        as(reviewer, () -> {
            access.read(nb, ReviewerLooks.VIEW, r -> null);
            access.read(sm, ReviewerLooks.PACK_PDF, r -> null);
        });

        as(DemoLogins.NB_LEAD, () -> {
            navigate("evidence-views", EvidenceViewsView.class);
            Grid<?> grid = find(Grid.class).withId("evidence-views-grid").single();
            int row = rows(grid, 1).indexOf(reviewer);
            assertThat(row).as("Northbridge's lead sees the look at Northbridge").isNotNegative();
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("HCPC reviewer, Performance review");
            assertThat(test(grid).getCellText(row, 3)).isEqualTo("Evidence page");
            assertThat(test(grid).getCellText(row, 4)).isEqualTo("Viewed");
            assertThat(rows(grid, 1).stream().filter(reviewer::equals)).as("and not the one at Southmoor").hasSize(1);
        });
        as(DemoLogins.SM_LEAD, () -> {
            navigate("evidence-views", EvidenceViewsView.class);
            Grid<?> grid = find(Grid.class).withId("evidence-views-grid").single();
            int row = rows(grid, 1).indexOf(reviewer);
            assertThat(row).isNotNegative();
            assertThat(test(grid).getCellText(row, 3)).isEqualTo("Evidence pack (PDF)");
            assertThat(test(grid).getCellText(row, 4)).isEqualTo("Downloaded");
            assertThat(rows(grid, 1).stream().filter(reviewer::equals)).hasSize(1);
        });
    }

    /** The texts of one column over the grid's first rows (newest first). */
    private List<String> rows(Grid<?> grid, int column) {
        var tester = test(grid);
        var texts = new ArrayList<String>();
        for (int row = 0; row < Math.min(tester.size(), 50); row++) {
            texts.add(tester.getCellText(row, column));
        }
        return texts;
    }

    private long count(String reviewer) {
        return jdbc.queryForObject("select count(*) from review_assignment where reviewer_email = ?", Long.class,
                reviewer);
    }

    private Long assignment(String email, String provider) {
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        jdbc.update("insert into review_assignment (version, provider_id, reviewer_user_id, reviewer_email, reviewer_name,"
                + " review_kind, starts_on, ends_on, pseudonym_key, created_by, created_at)"
                + " select 0, (select id from provider where short_code = ?), id, email, display_name,"
                + " 'PERFORMANCE_REVIEW', ?, ?, ?, 'test', ? from user_account where email = ?", provider,
                Date.valueOf(today), Date.valueOf(today.plusDays(1)), "ab".repeat(32), Timestamp.from(Instant.now()), email);
        return jdbc.queryForObject("select max(id) from review_assignment where reviewer_email = ?", Long.class, email);
    }

    private String newReviewer(String name) {
        String email = "access.view." + System.nanoTime() + "@hcpc.example";
        jdbc.update("insert into user_account (version, email, display_name, password_hash, platform_role,"
                + " failed_login_count, created_at) select 0, ?, ?, password_hash, 'REVIEWER', 0, ?"
                + " from user_account where email = ?", email, name, Timestamp.from(Instant.now()), DemoLogins.REVIEWER);
        return email;
    }
}
