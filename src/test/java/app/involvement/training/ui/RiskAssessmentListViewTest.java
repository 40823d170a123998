package app.involvement.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator adds a risk assessment (a review date before the assessment is explained) and marks a type. */
class RiskAssessmentListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void addingWithAReviewDateBeforeTheAssessment_isExplained_thenSaved() {
        long before = jdbc.queryForObject("select count(*) from risk_assessment", Long.class);
        String hazards = "Long standing in the skills lab " + System.nanoTime();
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate(RiskAssessmentListView.class);
            test(find(Button.class).withId("risk-add").single()).click();
            @SuppressWarnings("unchecked")
            ComboBox<Object> type = find(ComboBox.class).withLabel("Activity type").single();
            test(type).selectItem(type.getListDataView().getItems().map(i -> ((app.involvement.provider.ReferenceItem) i).name())
                    .findFirst().orElseThrow());
            test(find(ComboBox.class).withLabel("Reviewer").single()).selectItem("Nia Evans");
            test(find(TextArea.class).withLabel("Hazards").single()).setValue(hazards);
            test(find(TextArea.class).withLabel("Who may be harmed").single()).setValue("Service users and carers");
            test(find(TextArea.class).withLabel("Controls").single()).setValue("Chairs and breaks every hour");
            var review = find(DatePicker.class).withLabel("Review date").single();
            test(review).setValue(LocalDate.now().minusDays(1));
            test(find(Button.class).withText("Save risk assessment").single()).click();
            assertThat(review.isInvalid()).isTrue();
            assertThat(review.getErrorMessage()).isEqualTo("The review date must be after the assessment date");
            assertThat(jdbc.queryForObject("select count(*) from risk_assessment", Long.class)).isEqualTo(before);
            test(review).setValue(LocalDate.now().plusMonths(6));
            test(find(Button.class).withText("Save risk assessment").single()).click();
            assertThat(test(find(Grid.class).withId("risk-grid").single()).size()).isGreaterThanOrEqualTo(2);
        });
        assertThat(jdbc.queryForObject("select count(*) from risk_assessment where hazards = ?", Long.class, hazards))
                .isEqualTo(1);
    }

    @Test
    void tickingNeedsARiskAssessment_marksTheActivityType() {
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(RiskAssessmentListView.class);
            var types = test(find(Grid.class).withId("risk-types").single());
            int last = types.size() - 1;
            String name = types.getCellText(last, 0);
            var box = (Checkbox) types.getCellComponent(last, 1);
            boolean was = box.getValue();
            test(box).click();
            assertThat(jdbc.queryForObject("select risk_assessment_required from activity_type where name = ? and tenant_id ="
                    + " (select id from provider where short_code = 'SMC')", Boolean.class, name)).isEqualTo(!was);
            test((Checkbox) test(find(Grid.class).withId("risk-types").single()).getCellComponent(last, 1)).click();
        });
    }
}
