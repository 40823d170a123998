package app.involvement.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.identity.StaffChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leads and coordinators add programmes with a named lead and coordinator; finance only reads. */
class ProgrammeListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinator_addsAProgramme_andLandsOnItsDetails() {
        String name = "BSc (Hons) Radiography " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(ProgrammeListView.class);
            test(find(Button.class).withText("Add a programme").single()).click();
            test(find(TextField.class).withLabel("Programme").single()).setValue(name);
            test(profession()).selectItem("Radiographers");
            test(find(TextField.class).withLabel("Level").single()).setValue("Undergraduate");
            test(staff("Involvement lead")).selectItem("Asha Patel (Involvement lead)");
            test(staff("Involvement coordinator")).selectItem("Colin Okafor (Coordinator)");
            test(find(Button.class).withText("Save programme").single()).click();
            assertThat(getCurrentView()).isInstanceOf(ProgrammeDetailsView.class);
        });
        var row = jdbc.queryForMap("select p.tenant_id, p.profession, l.display_name lead_name, c.display_name coordinator_name"
                + " from programme p join user_account l on l.id = p.lead_user_id join user_account c on c.id = p.coordinator_user_id"
                + " where p.name = ?", name);
        assertThat(row.get("profession")).isEqualTo("RADIOGRAPHERS");
        assertThat(row.get("lead_name")).isEqualTo("Asha Patel");
        assertThat(row.get("coordinator_name")).isEqualTo("Colin Okafor");
        assertThat(row.get("tenant_id")).isEqualTo(jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class));
    }

    @Test
    void missingFieldsAndATakenName_areRefused_andNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from programme", Long.class);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(ProgrammeListView.class);
            test(find(Button.class).withText("Add a programme").single()).click();
            test(find(Button.class).withText("Save programme").single()).click();
            var name = find(TextField.class).withLabel("Programme").single();
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo("Enter a value");
            assertThat(profession().isInvalid()).isTrue();

            test(name).setValue("bsc (hons) physiotherapy");
            test(profession()).selectItem("Physiotherapists");
            test(find(TextField.class).withLabel("Level").single()).setValue("Undergraduate");
            test(find(Button.class).withText("Save programme").single()).click();
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo("A programme called bsc (hons) physiotherapy already exists");
        });
        assertThat(jdbc.queryForObject("select count(*) from programme", Long.class)).isEqualTo(before);
    }

    @Test
    void namedStaff_areOnlyTheProvidersLeadsAndCoordinators() {
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(ProgrammeListView.class);
            test(find(Button.class).withText("Add a programme").single()).click();
            assertThat(test(staff("Involvement lead")).getSuggestionItems()).extracting(StaffChoice::displayName)
                    .containsExactlyInAnyOrder("Gareth Hughes", "Nia Evans");
        });
    }

    @Test
    void finance_seesProgrammesButCannotAdd() {
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate(ProgrammeListView.class);
            assertThat(test(find(Grid.class).single()).size()).isPositive();
            assertThat(find(Button.class).withText("Add a programme").all()).isEmpty();
        });
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> profession() {
        return find(ComboBox.class).withLabel("Profession").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StaffChoice> staff(String label) {
        return find(ComboBox.class).withLabel(label).single();
    }
}
