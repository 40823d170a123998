package app.involvement.sessions.ui;

import static app.involvement.sessions.MySessionsFixture.offerOn;
import static app.involvement.sessions.MySessionsFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.sessions.OfferStatus;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner's session pages as a partner uses them on a phone: the three lists, answering an offer in one step,
 * giving up a place, the declaration, check-in and debrief; another partner's or provider's offer is "not found";
 * coordinators close debrief requests.
 */
class MySessionsViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void mySessions_showsOffersPlacesAndPastSessions_inTheirSections() {
        Long offered = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        Long backup = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(6), OfferStatus.BACKUP, false, false);
        Long held = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().minusDays(6), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(MySessionsView.class);
            assertThat(texts("my-sessions-waiting")).anyMatch(t -> t.contains(title(offered)) && t.contains("Please answer by"));
            assertThat(texts("my-sessions-upcoming")).anyMatch(t -> t.contains(title(backup))
                    && t.contains("You are a backup: number 2.") && t.contains("What to prepare: Read the interview questions.")
                    && t.contains("Where: Room 2, Health Building"));
            assertThat(texts("my-sessions-past")).anyMatch(t -> t.contains(title(held)));
            assertThat(find(RouterLink.class).all()).extracting(RouterLink::getHref).contains("my-sessions/" + offered);
        });
    }

    @Test
    void anOffer_showsWhatWhenWherePaymentPreparationAndAccessNeeds_andIsAcceptedInOneStep() {
        Long offered = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + offered);
            assertThat(getCurrentView()).isInstanceOf(MyOfferView.class);
            String page = paragraphs();
            assertThat(page).contains("£50 for the session and travel paid back.", "Read the interview questions.",
                    "Some stories may be upsetting.", "Room 2, Health Building", "Change my access needs");
            test(button("Yes, I can take part")).click();
            assertThat(standing()).isIn("You have a place.", "You are a backup: number 1. We will tell you if a place comes free.",
                    "You said yes. The coordinator will confirm your place soon.");
            assertThat(find(Button.class).withText("Yes, I can take part").all()).isEmpty();
        });
        assertThat(status(offered)).isIn("CONFIRMED", "BACKUP", "ACCEPTED");
    }

    @Test
    void anOffer_isDeclinedInOneStep() {
        Long offered = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + offered);
            test(button("No, not this time")).click();
            assertThat(standing()).isEqualTo("You said no to this one.");
        });
        assertThat(status(offered)).isEqualTo("DECLINED");
    }

    @Test
    void aPlace_isGivenUpOnlyAfterConfirming_withAnOptionalReason() {
        Long place = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(4), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + place);
            assertThat(standing()).isEqualTo("You have a place.");
            test(button("Give up my place")).click();
            test(find(Button.class).withText("Keep my place").single()).click();
            assertThat(status(place)).isEqualTo("CONFIRMED");
            test(button("Give up my place")).click();
            test(find(TextArea.class).withId("my-offer-withdraw-reason").single()).setValue("I am not well");
            test(find(Button.class).withId("my-offer-withdraw-confirm").single()).click();
            assertThat(standing()).isEqualTo("You gave up your place.");
        });
        assertThat(status(place)).isEqualTo("WITHDRAWN");
    }

    @Test
    void theDeclaration_needsConfidentialityAndConflictDetails_thenIsSaved() {
        Long place = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(4), OfferStatus.CONFIRMED, true, true);
        Long session = jdbc.queryForObject("select session_id from session_offer where id = ?", Long.class, place);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + place);
            var confidentiality = find(Checkbox.class).withId("my-offer-confidentiality").single();
            test(find(Checkbox.class).withId("my-offer-conflict").single()).click();
            test(find(Button.class).withId("my-offer-declare").single()).click();
            assertThat(confidentiality.isInvalid()).isTrue();
            assertThat(confidentiality.getErrorMessage()).isEqualTo("Please tick the box to say you will keep things private.");
            test(confidentiality).click();
            test(find(Button.class).withId("my-offer-declare").single()).click();
            var details = find(TextArea.class).withId("my-offer-conflict-details").single();
            assertThat(details.getErrorMessage()).isEqualTo("Please tell us more.");
            assertThat(declarations(session)).isZero();
            test(details).setValue("My neighbour is applying.");
            test(find(Button.class).withId("my-offer-declare").single()).click();
            assertThat(find(Paragraph.class).withId("my-offer-declaration-state").single().getText()).startsWith("Thank you. You sent this on");
        });
        assertThat(declarations(session)).isEqualTo(1);
    }

    @Test
    void checkIn_beforeAndDebrief_afterTheSession() {
        Long coming = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(2), OfferStatus.CONFIRMED, false, false);
        Long held = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().minusDays(2), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + coming);
            assertThat(find(Button.class).withId("my-offer-debrief-ask").all()).as("no debrief before the day").isEmpty();
            test(find(TextArea.class).withId("my-offer-check-in-note").single()).setValue("A seat near the door, please");
            test(find(Button.class).withId("my-offer-check-in-send").single()).click();
            assertThat(find(Paragraph.class).withId("my-offer-check-in-state").single().getText()).startsWith("Thank you. You told us on");

            UI.getCurrent().navigate("my-sessions/" + held);
            assertThat(find(Button.class).withId("my-offer-check-in-send").all()).isEmpty();
            assertThat(find(Button.class).withId("my-offer-withdraw").all()).isEmpty();
            test(find(Button.class).withText("Ask for a talk").single()).click();
            assertThat(find(Paragraph.class).withId("my-offer-debrief-state").single().getText())
                    .startsWith("You asked for a talk on");
        });
        assertThat(jdbc.queryForObject("select count(*) from wellbeing_note w join session_offer o on o.session_id = w.session_id"
                + " and o.partner_id = w.partner_id where o.id in (?, ?)", Long.class, coming, held)).isEqualTo(2);
    }

    @Test
    void anotherPartnersOrProvidersOffer_isNotFound() {
        Long carers = offerOn(jdbc, "NBU", DemoLogins.NB_CARER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        Long southmoor = offerOn(jdbc, "SMC", DemoLogins.SM_PARTNER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-sessions/" + carers);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("my-sessions/" + southmoor);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        assertThat(status(carers)).isEqualTo("OFFERED");
    }

    @Test
    void coordinator_closesAnOpenDebriefRequest() {
        Long held = offerOn(jdbc, "NBU", DemoLogins.NB_CARER, today().minusDays(1), OfferStatus.CONFIRMED, false, false);
        Long session = jdbc.queryForObject("select session_id from session_offer where id = ?", Long.class, held);
        Long partner = jdbc.queryForObject("select partner_id from session_offer where id = ?", Long.class, held);
        jdbc.update("insert into wellbeing_note (version, tenant_id, session_id, partner_id, stage, note, created_at)"
                + " select 0, tenant_id, session_id, partner_id, 'DEBRIEF', 'Please call me', current_timestamp"
                + " from session_offer where id = ?", held);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(DebriefListView.class);
            @SuppressWarnings("unchecked")
            Grid<app.involvement.sessions.DebriefRequest> grid = find(Grid.class).withId("debriefs-grid").single();
            var row = test(grid).size();
            assertThat(row).isPositive();
            int index = -1;
            for (int i = 0; i < row; i++) {
                if (test(grid).getRow(i).sessionId().equals(session)) {
                    index = i;
                }
            }
            assertThat(index).isNotNegative();
            assertThat(test(grid).getRow(index).note()).isEqualTo("Please call me");
            test((Button) test(grid).getCellComponent(index, 5)).click();
            assertThat(test(grid).size()).isEqualTo(row - 1);
        });
        assertThat(jdbc.queryForObject("select count(*) from wellbeing_note where session_id = ? and partner_id = ?"
                + " and closed_at is not null", Long.class, session, partner)).isEqualTo(1);
    }

    private List<String> texts(String listId) {
        return find(UnorderedList.class).withId(listId).single().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    private String paragraphs() {
        return String.join("\n", find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively()).toList());
    }

    private String standing() {
        return find(Paragraph.class).withId("my-offer-standing").single().getText();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private String title(Long offer) {
        return jdbc.queryForObject("select s.title from session_offer o join involvement_session s on s.id = o.session_id"
                + " where o.id = ?", String.class, offer);
    }

    private String status(Long offer) {
        return jdbc.queryForObject("select status from session_offer where id = ?", String.class, offer);
    }

    private long declarations(Long session) {
        return jdbc.queryForObject("select count(*) from session_declaration where session_id = ?", Long.class, session);
    }
}
