package app.involvement.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner sets their usual times with plain checkboxes and adds dates that are different. */
class MyAvailabilityViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void tickingTuesdayAfternoon_savesItAsTheUsualTime() {
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyAvailabilityView.class);
            find(CheckboxGroup.class).all().forEach(group -> test(group).deselectAll());
            test(find(CheckboxGroup.class).withLabel("Tuesday").single()).selectItem("Afternoon");
            test(find(Button.class).withText("Save my usual times").single()).click();
        });
        assertThat(jdbc.queryForList("select concat(w.day_of_week, '-', w.part_of_day) from weekly_availability w"
                + " join partner p on p.id = w.partner_id join user_account u on u.id = p.user_id where u.email = ?",
                String.class, DemoLogins.NB_CARER)).containsExactly("2-AFTERNOON");
    }

    @Test
    void afterASuccessfulAdd_theEmptiedDateFieldsAreNotMarkedWrong() {
        // The demo data gives some partners a week away every three months; start from none.
        jdbc.update("delete from availability_exception where partner_id in (select p.id from partner p"
                + " join user_account u on u.id = p.user_id where u.email = ?)", DemoLogins.NB_CARER);
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyAvailabilityView.class);
            var from = find(DatePicker.class).withLabel("From").single();
            var to = find(DatePicker.class).withLabel("To (use the same date for one day)").single();
            LocalDate day = LocalDate.now().plusDays(30);
            test(from).setValue(day);
            test(to).setValue(day);
            test(find(Button.class).withText("Add these dates").single()).click();

            assertThat(from.getValue()).isNull();
            assertThat(from.isInvalid()).isFalse();
            assertThat(to.isInvalid()).isFalse();
        });
    }

    @Test
    void anEndBeforeTheStart_isExplainedAndNotStored() {
        long before = jdbc.queryForObject("select count(*) from availability_exception", Long.class);
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyAvailabilityView.class);
            var from = find(DatePicker.class).withLabel("From").single();
            var to = find(DatePicker.class).withLabel("To (use the same date for one day)").single();
            test(from).setValue(LocalDate.now().plusDays(20));
            test(to).setValue(LocalDate.now().plusDays(19));
            test(find(Button.class).withText("Add these dates").single()).click();
            assertThat(to.isInvalid()).isTrue();
            assertThat(to.getErrorMessage()).isEqualTo("The end date must be the same as or after the start date");
        });
        assertThat(jdbc.queryForObject("select count(*) from availability_exception", Long.class)).isEqualTo(before);
    }
}
