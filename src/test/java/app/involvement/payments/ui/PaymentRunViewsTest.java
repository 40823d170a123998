package app.involvement.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.RunTestData;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finance makes a run from the page, exports it and marks it paid; the lead reads; another provider sees nothing. */
class PaymentRunViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private Long nbu;

    @BeforeEach
    void provider() {
        nbu = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
    }

    @Test
    void finance_choosesReadyClaims_makesARun_exportsIt_andMarksItPaid() {
        Long run = RunTestData.openRun(jdbc, nbu);
        Long claim = jdbc.queryForObject("select min(id) from payment_claim where run_id = ?", Long.class, run);
        jdbc.update("update payment_claim set run_id = null where id = ?", claim);
        jdbc.update("delete from payment_run where id = ?", run);
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("payment-runs");
            @SuppressWarnings("unchecked")
            Grid<ClaimRow> ready = find(Grid.class).withId("runs-ready-grid").single();
            ClaimRow row = test(ready).getRow(indexOf(ready, claim));
            assertThat(find(Button.class).withId("runs-create").single().isEnabled()).isFalse();
            ready.asMultiSelect().select(row);
            assertThat(find(com.vaadin.flow.component.html.Span.class).withId("runs-chosen").single().getText())
                    .isEqualTo("1 claim chosen, £62.50 in all");

            test(find(Button.class).withId("runs-create").single()).click();

            assertThat(getCurrentView()).isInstanceOf(PaymentRunView.class);
            assertThat(facts()).contains("Status Open", "Total £62.50", "Expenses £12.50");
            assertThat(find(Anchor.class).withId("run-download").all()).isEmpty();

            test(find(Button.class).withId("run-export").single()).click();
            test(find(Button.class).withId("run-export-confirm").single()).click();

            assertThat(facts()).contains("Status Exported");
            assertThat(find(Anchor.class).withId("run-download").single().getText()).isEqualTo("Download CSV");
            assertThat(find(Button.class).withId("run-export").all()).isEmpty();

            var paidOn = find(DatePicker.class).withId("run-paid-on").single();
            paidOn.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1));
            test(find(Button.class).withId("run-paid-submit").single()).click();
            assertThat(paidOn.isInvalid()).isTrue();
            assertThat(paidOn.getErrorMessage()).isEqualTo("The day paid cannot be in the future");
            assertThat(find(TextField.class).withId("run-paid-reference").single().getErrorMessage())
                    .isEqualTo("Enter the payment reference");

            paidOn.setValue(LocalDate.now(ZoneId.of("Europe/London")));
            find(TextField.class).withId("run-paid-reference").single().setValue("BACS-VIEW-1");
            test(find(Button.class).withId("run-paid-submit").single()).click();

            assertThat(facts()).contains("Status Paid", "Payment reference BACS-VIEW-1");
            assertThat(find(DatePicker.class).withId("run-paid-on").all()).isEmpty();
        });
        assertThat(jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim))
                .isEqualTo("PAID");
    }

    @Test
    void finance_takesAClaimOutOfAnOpenRun() {
        Long run = RunTestData.openRun(jdbc, nbu);
        Long second = RunTestData.openRun(jdbc, nbu);
        jdbc.update("update payment_claim set run_id = ? where run_id = ?", run, second);
        jdbc.update("update payment_run set claim_count = 2, total_pence = 12500 where id = ?", run);
        jdbc.update("delete from payment_run where id = ?", second);
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("payment-runs/" + run);
            @SuppressWarnings("unchecked")
            Grid<ClaimRow> claims = find(Grid.class).withId("run-claims-grid").single();
            assertThat(test(claims).size()).isEqualTo(2);
            test((Button) test(claims).getCellComponent(0, 8)).click();
            assertThat(facts()).contains("Claims 1", "Total £62.50");
        });
    }

    @Test
    void theLead_readsRunsAndTotals_butHasNothingToPress() {
        Long run = RunTestData.openRun(jdbc, nbu);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("payment-runs");
            assertThat(find(Grid.class).withId("runs-ready-grid").all()).isEmpty();
            assertThat(find(Grid.class).withId("runs-grid").all()).hasSize(1);
            assertThat(test(find(Grid.class).withId("runs-months-grid").single()).size()).isEqualTo(12);

            UI.getCurrent().navigate("payment-runs/" + run);
            assertThat(getCurrentView()).isInstanceOf(PaymentRunView.class);
            assertThat(facts()).contains("Status Open");
            assertThat(find(Button.class).all()).extracting(Button::getText)
                    .doesNotContain("Export CSV and fix the run", "Take out", "Mark run paid");
        });
    }

    @Test
    void anotherProvidersRunId_isNotFound() {
        Long run = RunTestData.openRun(jdbc, nbu);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("payment-runs/" + run);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ? and actor = ?", Long.class, "payment run " + run, DemoLogins.SM_LEAD)).isOne();
    }

    private int indexOf(Grid<ClaimRow> grid, Long claimId) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).id().equals(claimId)) {
                return i;
            }
        }
        throw new AssertionError("claim " + claimId + " not in the ready list");
    }

    /** The run's facts as "Term Value" lines. */
    private java.util.List<String> facts() {
        var list = find(DescriptionList.class).withId("run-facts").single();
        var terms = list.getChildren().filter(DescriptionList.Term.class::isInstance).toList();
        var values = list.getChildren().filter(DescriptionList.Description.class::isInstance).toList();
        var lines = new java.util.ArrayList<String>();
        for (int i = 0; i < terms.size(); i++) {
            lines.add(terms.get(i).getElement().getTextRecursively() + " "
                    + values.get(i).getElement().getTextRecursively());
        }
        return lines;
    }
}
