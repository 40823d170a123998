package app.involvement.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.SessionRow;
import app.involvement.sessions.SessionTestData;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff session pages as a coordinator uses them, without a browser. */
class SessionViewsTest extends ViewTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinator_plansASession_andLandsOnItsPage() {
        String title = "Values interviews " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(SessionListView.class);
            test(find(Button.class).withId("session-plan").single()).click();
            fillValidForm(title);
            textField("session-online-link").setValue("https://meet.example/room");
            find(TextArea.class).withId("session-wellbeing").single().setValue("Talks about loss and grief.");
            test(find(Button.class).withId("session-save").single()).click();

            assertThat(getCurrentView()).isInstanceOf(SessionDetailsView.class);
            assertThat(text()).contains(title, "Room 2.14", "https://meet.example/room", "Talks about loss and grief.",
                    "0 confirmed of 4 (minimum 2)", "1 hour 30 minutes", "Training required", "Below minimum");
        });
        assertThat(jdbc.queryForMap("select held_on, start_time, end_time, places_minimum, places_target, offer_valid_hours,"
                + " reminder_days from involvement_session where title = ?", title))
                .containsEntry("PLACES_MINIMUM", 2).containsEntry("PLACES_TARGET", 4)
                .containsEntry("OFFER_VALID_HOURS", 48).containsEntry("REMINDER_DAYS", 2)
                .containsEntry("HELD_ON", Date.valueOf(TODAY.plusDays(10)));
    }

    @Test
    void aSessionWithMissingOrWrongValues_isExplained_andNotStored() {
        long before = sessions();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(SessionListView.class);
            test(find(Button.class).withId("session-plan").single()).click();
            test(find(Button.class).withId("session-save").single()).click();
            assertThat(textField("session-title").isInvalid()).isTrue();
            assertThat(textField("session-title").getErrorMessage()).isEqualTo("Enter a value");
            assertThat(find(ComboBox.class).withId("session-programme").single().getErrorMessage())
                    .isEqualTo("Enter a value");

            fillValidForm("Wrong " + System.nanoTime());
            textField("session-place").setValue("");
            textField("session-online-link").setValue("meet me online");
            find(IntegerField.class).withId("session-minimum").single().setValue(5);
            find(IntegerField.class).withId("session-hours").single().setValue(0);
            find(IntegerField.class).withId("session-minutes").single().setValue(10);
            find(DatePicker.class).withId("session-date").single().setValue(TODAY.minusDays(1));
            find(Checkbox.class).withId("session-experience-required").single().setValue(true);
            test(find(Button.class).withId("session-save").single()).click();

            assertThat(textField("session-online-link").getErrorMessage()).isEqualTo("Enter a web address starting with https://");
            assertThat(find(IntegerField.class).withId("session-minimum").single().getErrorMessage())
                    .isEqualTo("The minimum must be at least 1 and no more than the number of places");
            assertThat(find(IntegerField.class).withId("session-minutes").single().getErrorMessage())
                    .isEqualTo("Enter a length from 15 to 720 minutes");
            assertThat(find(DatePicker.class).withId("session-date").single().getErrorMessage())
                    .isEqualTo("Choose today or a later date");
            assertThat(find(app.involvement.shared.ui.LightCheckboxGroup.class).withId("session-wanted").single()
                    .getErrorMessage()).startsWith("Choose the experience the session needs");
            textField("session-online-link").setValue("");
            test(find(Button.class).withId("session-save").single()).click();
            assertThat(textField("session-place").getErrorMessage()).isEqualTo("Enter a place, an online link, or both");
            assertThat(getCurrentView()).isInstanceOf(SessionListView.class);
        });
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theServicesRefusal_isShownNextToTheField_andNothingChanges() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(9), "Two placed " + System.nanoTime(), 1, 3,
                "INVOLVEMENT");
        SessionTestData.offer(jdbc, session, newPartner("Annwen Twoplaced"), "CONFIRMED");
        SessionTestData.offer(jdbc, session, newPartner("Bobbi Twoplaced"), "CONFIRMED");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            test(find(Button.class).withId("session-edit").single()).click();
            assertThat(find(Paragraph.class).withId("session-partners-told").single().getText())
                    .startsWith("2 partners have a place. If you change the day, time, place");
            find(IntegerField.class).withId("session-target").single().setValue(1);
            test(find(Button.class).withId("session-save").single()).click();
            var target = find(IntegerField.class).withId("session-target").single();
            assertThat(target.isInvalid()).isTrue();
            assertThat(target.getErrorMessage()).isEqualTo("2 people already have a place: the number of places cannot be lower");
        });
        assertThat(jdbc.queryForObject("select places_target from involvement_session where id = ?", Integer.class,
                session)).isEqualTo(3);
    }

    @Test
    void list_showsUpcomingSessionsFlagged_andPastOnesOnRequest() {
        String upcoming = "Upcoming " + System.nanoTime();
        String past = "Last month " + System.nanoTime();
        SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(5), upcoming, 2, 3, "INVOLVEMENT");
        SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(30), past, 1, 1, "INVOLVEMENT");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(SessionListView.class);
            var grid = test(find(Grid.class).withId("sessions-grid").single());
            List<String> titles = titles();
            assertThat(titles).contains(upcoming).doesNotContain(past);
            int row = titles.indexOf(upcoming);
            assertThat(grid.getCellText(row, 4)).isNotBlank();
            assertThat(grid.getLitRendererPropertyValue(row, 5, "places", String.class)).isEqualTo("0 of 3");
            assertThat(grid.getLitRendererPropertyValue(row, 5, "flag", String.class)).isEqualTo("Below minimum");

            test(find(Checkbox.class).withId("sessions-include-past").single()).click();
            assertThat(titles()).contains(upcoming, past);
        });
    }

    @Test
    void findPartners_onlyEligibleOnesCanBeChosen_andOffersAreSent() {
        Long type = newActivityType();
        LocalDate day = TODAY.plusDays(12);
        Long session = SessionTestData.insert(jdbc, "NBU", day, "Matching " + System.nanoTime(), 1, 2, "INVOLVEMENT");
        jdbc.update("update involvement_session set activity_type_id = ? where id = ?", type, session);
        String free = "Freya " + System.nanoTime();
        String away = "Awan " + System.nanoTime();
        Long freePartner = newPartner(free);
        Long awayPartner = newPartner(away);
        dayOff(freePartner, day, true);
        dayOff(awayPartner, day, false);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            @SuppressWarnings("unchecked")
            Grid<app.involvement.sessions.MatchCandidate> grid = find(Grid.class).withId("session-candidates").single();
            var candidates = test(grid);
            int freeRow = -1;
            int awayRow = -1;
            for (int i = 0; i < candidates.size(); i++) {
                String name = candidates.getRow(i).preferredName();
                freeRow = name.equals(free) ? i : freeRow;
                awayRow = name.equals(away) ? i : awayRow;
            }
            assertThat(candidates.getCellText(freeRow, 4)).isEqualTo("Yes");
            assertThat(candidates.getCellText(awayRow, 4)).isEqualTo("Not available at that time");
            assertThat(candidates.getLitRendererPropertyValue(awayRow, 0, "eligible", Boolean.class))
                    .as("no tick is drawn for someone left out").isFalse();
            assertThat(find(Button.class).withId("session-send").single().isEnabled()).isFalse();

            candidates.invokeLitRendererFunction(awayRow, 0, "toggle");
            assertThat(find(com.vaadin.flow.component.html.Span.class).withId("session-chosen").single().getText())
                    .as("someone left out cannot be chosen").isEmpty();
            candidates.invokeLitRendererFunction(freeRow, 0, "toggle");
            assertThat(find(com.vaadin.flow.component.html.Span.class).withId("session-chosen").single().getText())
                    .isEqualTo("1 partner chosen");
            test(find(Button.class).withId("session-send").single()).click();
            assertThat(offerStatus(free)).isEqualTo("Offered, waiting for an answer");
        });
        assertThat(jdbc.queryForObject("select status from session_offer where session_id = ? and partner_id = ?",
                String.class, session, freePartner)).isEqualTo("OFFERED");
        assertThat(jdbc.queryForObject("select count(*) from session_offer where session_id = ? and partner_id = ?",
                Long.class, session, awayPartner)).isZero();
    }

    @Test
    void coordinatorConfirmsAnAcceptance_andTakesAPlaceBack() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(8), "Confirming " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        jdbc.update("update involvement_session set offer_mode = 'COORDINATOR_CONFIRMS' where id = ?", session);
        String name = "Cai " + System.nanoTime();
        Long offer = SessionTestData.offer(jdbc, session, newPartner(name), "ACCEPTED");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            assertThat(offerStatus(name)).isEqualTo("Accepted, waiting for you to confirm");
            test(offerAction(name, "Confirm: " + name)).click();
            assertThat(offerStatus(name)).isEqualTo("Has a place");
            assertThat(text()).contains("1 confirmed of 2 (minimum 1)");
            test(offerAction(name, "Take back: " + name)).click();
            assertThat(offerStatus(name)).isEqualTo("Taken back");
        });
        assertThat(jdbc.queryForObject("select status from session_offer where id = ?", String.class, offer))
                .isEqualTo("RETRACTED");
    }

    @Test
    void cancellingASession_asksFirst_thenTellsEveryoneConcerned() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(6), "To cancel " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long offer = SessionTestData.offer(jdbc, session, newPartner("Dai"), "CONFIRMED");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            test(find(Button.class).withId("session-cancel").single()).click();
            var confirm = find(ConfirmDialog.class).withId("session-cancel-dialog").single();
            test(confirm).cancel();
            assertThat(status(session)).isEqualTo("PLANNED");
            test(find(Button.class).withId("session-cancel").single()).click();
            test(find(ConfirmDialog.class).withId("session-cancel-dialog").single()).confirm();
            assertThat(text()).contains("(Cancelled)");
            assertThat(find(Button.class).withId("session-edit").all()).isEmpty();
        });
        assertThat(status(session)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status from session_offer where id = ?", String.class, offer))
                .isEqualTo("RETRACTED");
    }

    @Test
    void afterTheSession_attendanceIsRecorded_andTheSessionCompleted() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Yesterday " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long came = newPartner("Eli");
        Long cameOffer = SessionTestData.offer(jdbc, session, came, "CONFIRMED");
        Long awayOffer = SessionTestData.offer(jdbc, session, newPartner("Fay"), "CONFIRMED");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            assertThat(find(Grid.class).withId("session-candidates").all()).as("no offers after the start").isEmpty();
            radio("session-attendance-" + cameOffer).selectItem("Attended");
            test(find(Button.class).withId("session-complete").single()).click();
            assertThat(status(session)).as("one partner has no attendance yet").isEqualTo("PLANNED");
            radio("session-attendance-" + awayOffer).selectItem("Did not come");
            test(find(Button.class).withId("session-complete").single()).click();
            assertThat(text()).contains("This session is completed", "Eli: Attended", "Fay: Did not come");
        });
        assertThat(status(session)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select last_involved_on from partner where id = ?", LocalDate.class, came))
                .isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void anotherProvidersSessionId_isNotFound_andTheAttemptAudited() {
        Long northbridge = SessionTestData.northbridgeSession(jdbc);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("sessions/" + northbridge);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("sessions/999999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate(SessionListView.class);
            assertThat(titles()).doesNotContain(jdbc.queryForObject("select title from involvement_session where id = ?",
                    String.class, northbridge));
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, "session " + northbridge)).isPositive();
    }

    private void fillValidForm(String title) {
        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeSummary> programme = find(ComboBox.class).withId("session-programme").single();
        programme.setValue(programme.getListDataView().getItem(0));
        @SuppressWarnings("unchecked")
        ComboBox<ReferenceItem> type = find(ComboBox.class).withId("session-type").single();
        type.setValue(type.getListDataView().getItem(0));
        textField("session-title").setValue(title);
        find(TextArea.class).withId("session-description").single().setValue("You help us choose new students.");
        find(DatePicker.class).withId("session-date").single().setValue(TODAY.plusDays(10));
        find(TimePicker.class).withId("session-start").single().setValue(LocalTime.of(10, 0));
        find(IntegerField.class).withId("session-hours").single().setValue(1);
        find(IntegerField.class).withId("session-minutes").single().setValue(30);
        textField("session-place").setValue("Room 2.14");
        find(IntegerField.class).withId("session-minimum").single().setValue(2);
        find(IntegerField.class).withId("session-target").single().setValue(4);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<OfferRow>, OfferRow> offers() {
        return test((Grid<OfferRow>) find(Grid.class).withId("session-offers-grid").single());
    }

    private int offerRow(String name) {
        var grid = offers();
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).preferredName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the partners list");
    }

    private String offerStatus(String name) {
        return offers().getCellText(offerRow(name), 1);
    }

    /** The button in the partner's row whose accessible name is given. */
    private Button offerAction(String name, String ariaLabel) {
        var cell = offers().getCellComponent(offerRow(name), 3);
        return cell.getChildren().map(Button.class::cast)
                .filter(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }

    private TextField textField(String id) {
        return find(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.radiobutton.RadioButtonGroupTester<RadioButtonGroup<Object>, Object> radio(String id) {
        return test(find(RadioButtonGroup.class).withId(id).single());
    }

    @SuppressWarnings("unchecked")
    private List<String> titles() {
        var grid = test((Grid<SessionRow>) find(Grid.class).withId("sessions-grid").single());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            titles.add(grid.getRow(i).title());
        }
        return titles;
    }

    private Long newPartner(String name) {
        Long tenant = nb();
        String email = "session-view" + System.nanoTime() + "@partners.example";
        jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                + " contact_preference, created_at) values (0, ?, ?, ?, 'SERVICE_USER', 'ACTIVE', current_date, 'EMAIL',"
                + " current_timestamp)", tenant, name, email);
        return jdbc.queryForObject("select id from partner where tenant_id = ? and email = ?", Long.class, tenant, email);
    }

    private Long newActivityType() {
        String name = "Session view type " + System.nanoTime();
        jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, 'LEARNER_FACING')",
                nb(), name);
        return jdbc.queryForObject("select id from activity_type where name = ?", Long.class, name);
    }

    private void dayOff(Long partner, LocalDate day, boolean available) {
        jdbc.update("insert into availability_exception (version, tenant_id, partner_id, starts_on, ends_on, available)"
                + " values (0, ?, ?, ?, ?, ?)", nb(), partner, Date.valueOf(day), Date.valueOf(day), available);
    }

    private Long nb() {
        return jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
    }

    private long sessions() {
        return jdbc.queryForObject("select count(*) from involvement_session", Long.class);
    }

    private String status(Long session) {
        return jdbc.queryForObject("select status from involvement_session where id = ?", String.class, session);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
