package app.involvement.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lead keeps experience categories and activity types; coordinators read them. */
class ReferenceListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void lead_addsACategory_andADuplicateIsRefused() {
        String name = "Young carers " + System.nanoTime();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            var field = find(TextField.class).withLabel("Name").single();
            test(field).setValue(name);
            test(find(Button.class).withText("Add category").single()).click();
            assertThat(cells(0)).contains(name).doesNotContain("Stroke survivor (Southmoor)");

            test(field).setValue("stroke survivor");
            test(find(Button.class).withText("Add category").single()).click();
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("stroke survivor already exists");
        });
        assertThat(jdbc.queryForObject("select count(*) from experience_category where lower(name) = 'stroke survivor'"
                + " and tenant_id = (select id from provider where short_code = 'NBU')", Long.class)).isOne();
    }

    @Test
    void lead_renamesACategory_keepingItsId() {
        String name = "Veterans " + System.nanoTime();
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            test(find(TextField.class).withLabel("Name").single()).setValue(name);
            test(find(Button.class).withText("Add category").single()).click();
        });
        Long id = jdbc.queryForObject("select id from experience_category where name = ?", Long.class, name);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            var grid = test(find(Grid.class).single());
            int row = cells(0).indexOf(name);
            var rename = (Button) grid.getCellComponent(row, 1);
            assertThat(rename.getAriaLabel()).contains("Rename " + name);
            test(rename).click();
            var dialogField = find(TextField.class).withLabel("Name").all().getLast();
            test(dialogField).setValue(name + " and families");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(changeKind().isInvalid()).as("the lead must say whether the meaning changes").isTrue();
            test(changeKind()).selectItem(WORDING);
            test(find(Button.class).withText("Save").single()).click();
        });
        assertThat(jdbc.queryForObject("select name from experience_category where id = ?", String.class, id))
                .isEqualTo(name + " and families");
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'EXPERIENCE_CATEGORY_RENAMED'"
                + " and subject = ?", String.class, "category " + id)).isEqualTo(name + " → " + name + " and families");
    }

    @Test
    void lead_changingACategorysMeaning_replacesItAndPartnersMustConsentAfresh() {
        String name = "Veterans " + System.nanoTime();
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            test(find(TextField.class).withLabel("Name").single()).setValue(name);
            test(find(Button.class).withText("Add category").single()).click();
        });
        Long id = jdbc.queryForObject("select id from experience_category where name = ?", Long.class, name);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            var grid = test(find(Grid.class).single());
            test((Button) grid.getCellComponent(cells(0).indexOf(name), 1)).click();
            test(find(TextField.class).withLabel("Name").all().getLast()).setValue(name + " of any service");
            test(changeKind()).selectItem(MEANING);
            test(find(Button.class).withText("Save").single()).click();
            assertThat(cells(0)).contains(name + " of any service").doesNotContain(name);
        });
        assertThat(jdbc.queryForObject("select name from experience_category where id = ?", String.class, id)).isEqualTo(name);
        assertThat(jdbc.queryForObject("select retired_at from experience_category where id = ?", java.sql.Timestamp.class, id))
                .isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'EXPERIENCE_CATEGORY_REPLACED'"
                + " and subject = ?", Long.class, "category " + id)).isOne();
    }

    private static final String WORDING = "A better wording: it still means the same (partners keep their consent)";
    private static final String MEANING = "A change of meaning: a new category replaces it (partners must consent to it afresh)";

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object> changeKind() {
        return find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withCaption("What kind of change is this?")
                .single();
    }

    @Test
    void coordinator_readsCategoriesWithoutAddingOrRenaming() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(ExperienceCategoryListView.class);
            assertThat(cells(0)).contains("Stroke survivor", "Parent carer");
            assertThat(find(TextField.class).all()).isEmpty();
            assertThat(find(Button.class).all()).noneMatch(b -> "Rename".equals(b.getText()));
        });
    }

    @Test
    void activityTypes_areLabelledByArea_andTheLeadAddsOneInAnArea() {
        String name = "Open day talks " + System.nanoTime();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(ActivityTypeListView.class);
            assertThat(cells(1)).contains("Learner-facing", "Governance", "Quality improvement", "Research");
            test(find(TextField.class).withLabel("Name").single()).setValue(name);
            test(find(Button.class).withText("Add activity type").single()).click();
            assertThat(find(Select.class).single().isInvalid()).as("area is required").isTrue();
            test(find(Select.class).single()).selectItem("Learner-facing");
            test(find(Button.class).withText("Add activity type").single()).click();
            assertThat(cells(0)).contains(name);
        });
        assertThat(jdbc.queryForObject("select area from activity_type where name = ?", String.class, name))
                .isEqualTo("LEARNER_FACING");
    }

    private List<String> cells(int column) {
        var grid = test(find(Grid.class).single());
        var cells = new ArrayList<String>();
        for (int row = 0; row < grid.size(); row++) {
            cells.add(grid.getCellText(row, column));
        }
        return cells;
    }
}
