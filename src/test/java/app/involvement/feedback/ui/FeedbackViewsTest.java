package app.involvement.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.feedback.ActionStatus;
import app.involvement.feedback.FeedbackTestData;
import app.involvement.identity.StaffChoice;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.shared.ui.LightRadioGroup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feedback pages as people use them: the partner is asked on their home, answers on a phone-sized form and
 * can change it; staff reach evaluation from the session page, raise an action, close it with what changed, and the
 * partner then reads "you said, we did" on their home.
 */
class FeedbackViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void thePartnerIsAskedOnTheirHome_andAnswers() {
        Long session = FeedbackTestData.demoPartnersSession(jdbc);
        String title = jdbc.queryForObject("select title from involvement_session where id = ?", String.class, session);
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("");
            var card = find(Div.class).withId("home-tell-us").single();
            assertThat(card.isVisible()).isTrue();
            assertThat(card.getElement().getTextRecursively()).contains("Tell us how it went", title);
            assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("my-feedback/" + session);

            UI.getCurrent().navigate("my-feedback/" + session);
            test(find(Button.class).withId("my-feedback-send").single()).click();
            var rating = (LightRadioGroup<Integer>) find(LightRadioGroup.class).withId("my-feedback-rating").single();
            assertThat(rating.isInvalid()).as("the form says what is missing").isTrue();
            assertThat(rating.getErrorMessage()).isEqualTo("Choose how it went.");
            assertThat(jdbc.queryForObject("select count(*) from partner_feedback where session_id = ?", Long.class,
                    session)).isZero();

            rating.setValue(4);
            ((LightRadioGroup<Boolean>) find(LightRadioGroup.class).withId("my-feedback-support").single()).setValue(false);
            ((LightRadioGroup<Boolean>) find(LightRadioGroup.class).withId("my-feedback-again").single()).setValue(true);
            find(TextArea.class).withId("my-feedback-change").single().setValue("A hearing loop, please.");
            test(find(Button.class).withId("my-feedback-send").single()).click();
            assertThat(find(Paragraph.class).withId("my-feedback-state").single().getText()).startsWith("You sent this on");
            assertThat(find(Button.class).withId("my-feedback-send").single().getText()).isEqualTo("Save my changes");

            UI.getCurrent().navigate("");
            assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("my-feedback/" + session);
        });
        assertThat(jdbc.queryForObject("select concat(rating, '|', support_enough, '|', would_again, '|', to_change)"
                + " from partner_feedback where session_id = ?", String.class, session))
                .isEqualToIgnoringCase("4|false|true|A hearing loop, please.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffRaiseAnAction_closeIt_andPartnersAreToldWhatChanged() {
        Long session = FeedbackTestData.attendedSession(jdbc, "NBU", DemoLogins.NB_PARTNER, 5);
        String heard = "The waiting room was noisy " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("sessions/" + session);
            assertThat(find(Anchor.class).withId("session-feedback-link").single().getHref())
                    .isEqualTo("session-feedback/" + session);

            UI.getCurrent().navigate("session-feedback/" + session);
            assertThat(find(Paragraph.class).withId("session-feedback-partners-count").single().getText())
                    .isEqualTo("No feedback yet from 1 partner who attended.");
            test(find(Button.class).withId("action-raise").single()).click();
            assertThat(find(TextArea.class).withId("action-new-heard").single().isInvalid()).isTrue();
            find(TextArea.class).withId("action-new-heard").single().setValue(heard);
            find(TextArea.class).withId("action-new-what").single().setValue("Book a quiet room");
            var owner = (Select<StaffChoice>) find(Select.class).withId("action-new-owner").single();
            owner.setValue(owner.getListDataView().getItems().findFirst().orElseThrow());
            find(DatePicker.class).withId("action-new-due").single().setValue(MySessionsFixture.today().plusDays(7));
            test(find(Button.class).withId("action-raise").single()).click();
        });
        Long action = jdbc.queryForObject("select id from feedback_action where heard = ?", Long.class, heard);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("actions/" + action);
            var status = (Select<ActionStatus>) find(Select.class).withId("action-status").single();
            status.setValue(ActionStatus.DONE);
            test(find(Button.class).withId("action-save").single()).click();
            assertThat(find(TextArea.class).withId("action-changed").single().getErrorMessage())
                    .isEqualTo("Write what changed before marking it done.");
            find(TextArea.class).withId("action-changed").single().setValue("Partners now wait in Room 2.");
            test(find(Button.class).withId("action-save").single()).click();
        });
        assertThat(jdbc.queryForObject("select status from feedback_action where id = ?", String.class, action))
                .isEqualTo("DONE");
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("");
            assertThat(find(Div.class).withId("home-you-said").single().getElement().getTextRecursively())
                    .contains("You said, we did", heard, "Partners now wait in Room 2.");
        });
    }
}
