package app.involvement.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The training pages as a coordinator and a partner use them, without a browser. */
class TrainingViewsTest extends ViewTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinator_addsAModule_andChoosesTheActivityTypesThatNeedIt() {
        String title = "Chairing skills " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(TrainingModuleListView.class);
            test(find(Button.class).withId("training-module-add").single()).click();
            test(find(TextField.class).withId("training-module-title").single()).setValue(title);
            test(find(IntegerField.class).withId("training-module-validity").single()).setValue(24);
            test(find(Button.class).withId("training-module-save").single()).click();

            assertThat(getCurrentView()).isInstanceOf(TrainingModuleDetailsView.class);
            assertThat(text()).contains(title, "Valid for 24 months", "Online");
            test(find(CheckboxGroup.class).withId("training-requirements").single()).selectItem("Fitness to practise panel");
            test(find(Button.class).withId("training-requirements-save").single()).click();
        });
        assertThat(jdbc.queryForObject("select a.name from training_requirement r join activity_type a"
                + " on a.id = r.activity_type_id join training_module m on m.id = r.module_id where m.title = ?",
                String.class, title)).isEqualTo("Fitness to practise panel");
    }

    @Test
    void aModuleWithoutATitle_isExplained_andNotStored() {
        long before = jdbc.queryForObject("select count(*) from training_module", Long.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(TrainingModuleListView.class);
            test(find(Button.class).withId("training-module-add").single()).click();
            test(find(Button.class).withId("training-module-save").single()).click();
            var title = find(TextField.class).withId("training-module-title").single();
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo("Enter a value");
        });
        assertThat(jdbc.queryForObject("select count(*) from training_module", Long.class)).isEqualTo(before);
    }

    @Test
    void coordinator_recordsACompletion_withTheDateAndHowTheyKnow() {
        Long partner = partner(DemoLogins.NB_CARER);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("training-records/" + partner);
            assertThat(text()).contains("Training of Maria", "Values-based interviewing");
            test(find(Button.class).withText("Record completion").all().getFirst()).click();
            var date = find(DatePicker.class).withId("training-record-date").single();
            assertThat(date.getMax()).as("no day after today can be picked").isEqualTo(TODAY);
            test(find(TextField.class).withId("training-record-evidence").single()).setValue("Certificate seen");
            test(date).setValue(TODAY.minusDays(3));
            test(find(Button.class).withId("training-record-save").single()).click();
            assertThat(text()).contains("Certificate seen");
        });
        assertThat(jdbc.queryForObject("select count(*) from training_record where partner_id = ? and completed_on = ?",
                Long.class, partner, TODAY.minusDays(3))).isOne();
    }

    @Test
    void partner_seesDoneEndingSoonAndToDo_inPlainWords() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(MyTrainingView.class);
            assertThat(text()).contains("My training", "Ends in the next 30 days (1)", "Equality, diversity and inclusion",
                    "Please do it again soon", "To do", "Values-based interviewing", "Not done yet", "Done",
                    "Panel member training", "You do not need to do it again");
        });
    }

    @Test
    void partner_saysTheyDidAModule_andSeesWeAreChecking() {
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyTrainingView.class);
            test(find(Button.class).withText("I have done this").all().getFirst()).click();
            test(find(Button.class).withId("training-claim-save").single()).click();
            assertThat(text()).contains("We are checking (1)", "We will check it");
        });
    }

    @Test
    void anotherProvidersModuleOrPartnerId_isNotFound() {
        Long module = jdbc.queryForObject("select min(m.id) from training_module m join provider v on v.id = m.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        Long partner = partner(DemoLogins.NB_PARTNER);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("training-modules/" + module);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("training-records/" + partner);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("training-modules/999999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
    }

    @Test
    void coordinatorPlansASession_partnerBooksIt_andIsMarkedAttended() {
        Long module = jdbc.queryForObject("select m.id from training_module m join provider v on v.id = m.tenant_id"
                + " where v.short_code = 'NBU' and m.title = 'Welcome to involvement'", Long.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("training-modules/" + module);
            test(find(DatePicker.class).withId("training-event-day").single()).setValue(TODAY);
            test(find(TextField.class).withId("training-event-time").single()).setValue("09:30");
            test(find(TextField.class).withId("training-event-place").single()).setValue("Room 1.01");
            test(find(IntegerField.class).withId("training-event-places").single()).setValue(8);
            test(find(Button.class).withId("training-event-add").single()).click();
            assertThat(text()).contains("09:30, Room 1.01: 0 of 8 places booked");
        });
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(MyTrainingView.class);
            test(find(Button.class).withAriaLabel("Book a place: Welcome to involvement").all().getLast())
                    .click();
            assertThat(text()).contains("You have a place.");
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("training-modules/" + module);
            assertThat(text()).contains("Room 1.01: 1 of 8 places booked");
            test(find(Button.class).withText("Attendance").all().getLast()).click();
            test(find(Button.class).withText("Mark attended").single()).click();
            assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).withId("training-attendance").single()
                    .getElement().getTextRecursively()).isEqualTo("Sam attended");
        });
        Long partner = partner(DemoLogins.NB_PARTNER);
        assertThat(jdbc.queryForObject("select completed_on from training_record where partner_id = ? and module_id = ?",
                LocalDate.class, partner, module)).isEqualTo(TODAY);
    }

    private Long partner(String email) {
        return jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, email);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
