package app.involvement.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** "You said, we did": raising, checking, moving on and closing actions, and what partners are then told. */
class ActionsIT extends IntegrationTestBase {

    private static final String COORDINATOR = DemoLogins.NB_COORDINATOR;

    @Autowired
    private Actions actions;

    @Autowired
    private MyFeedback myFeedback;

    @Test
    void anActionIsRaisedFromFeedback_movedOn_andToldBackOnceDone() {
        Long session = FeedbackTestData.attendedSession(jdbc, "NBU", DemoLogins.NB_PARTNER, 6);
        Long partner = MySessionsFixture.partner(jdbc, DemoLogins.NB_PARTNER, "NBU");
        Long feedback = app.involvement.payments.ClaimFixture.insert(jdbc, "insert into partner_feedback (version,"
                + " tenant_id, session_id, partner_id, rating, support_enough, would_again, to_change, given_at)"
                + " values (0, ?, ?, ?, 2, false, true, 'Too rushed', current_timestamp)",
                MySessionsFixture.tenant(jdbc, "NBU"), session, partner);
        Long owner = userId(DemoLogins.NB_LEAD);
        LocalDate today = MySessionsFixture.today();
        Long id = as(COORDINATOR, () -> actions.raise(session, feedback, new ActionInput("The day felt rushed.",
                "Plan a longer break", owner, today.plusDays(14), null, null)));

        var raised = as(COORDINATOR, () -> actions.get(id));
        assertThat(raised.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(raised.fromPartnerFeedback()).isTrue();
        assertThat(raised.ownerName()).isEqualTo(jdbc.queryForObject(
                "select display_name from user_account where id = ?", String.class, owner));
        assertThat(as(COORDINATOR, () -> actions.list(ActionFilter.OPEN, PageRequest.of(0, 100))))
                .extracting(ActionRow::id).contains(id);
        assertThat(as(DemoLogins.NB_PARTNER, () -> myFeedback.toldBack())).extracting(ToldBack::actionId)
                .doesNotContain(id);

        assertThatThrownBy(() -> as(COORDINATOR, () -> actions.update(id, new ActionInput("The day felt rushed.",
                "Plan a longer break", owner, today.plusDays(14), ActionStatus.DONE, " "))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("actions.changed.required");
        as(DemoLogins.NB_LEAD, () -> actions.update(id, new ActionInput("The day felt rushed.", "Plan a longer break",
                owner, today.plusDays(14), ActionStatus.DONE, "Interview days now have a 30-minute break.")));
        var done = as(COORDINATOR, () -> actions.get(id));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(today);
        assertThat(as(DemoLogins.NB_PARTNER, () -> myFeedback.toldBack())).filteredOn(t -> t.actionId().equals(id))
                .singleElement().satisfies(t -> {
                    assertThat(t.heard()).isEqualTo("The day felt rushed.");
                    assertThat(t.changed()).isEqualTo("Interview days now have a 30-minute break.");
                });
        assertThat(as(COORDINATOR, () -> actions.list(ActionFilter.DONE, PageRequest.of(0, 5))))
                .extracting(ActionRow::id).as("newest done first").first().isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type in ('ACTION_RAISED',"
                + " 'ACTION_CHANGED') and subject = ?", Long.class, "action " + id)).isEqualTo(2);
    }

    @Test
    void badInput_isRefused_andNothingIsStored() {
        Long session = FeedbackTestData.session(jdbc, "NBU", "Action checks", MySessionsFixture.today().minusDays(2),
                SessionStatus.COMPLETED);
        Long owner = userId(DemoLogins.NB_COORDINATOR);
        LocalDate today = MySessionsFixture.today();
        long before = jdbc.queryForObject("select count(*) from feedback_action", Long.class);
        assertRefused(session, new ActionInput(" ", "Do it", owner, today, null, null), "actions.heard.required");
        assertRefused(session, new ActionInput("Heard", "", owner, today, null, null), "actions.what.required");
        assertRefused(session, new ActionInput("Heard", "Do it", null, today, null, null), "actions.owner.required");
        assertRefused(session, new ActionInput("Heard", "Do it", userId(DemoLogins.NB_FINANCE), today, null, null),
                "actions.owner.invalid");
        assertRefused(session, new ActionInput("Heard", "Do it", userId(DemoLogins.SM_COORDINATOR), today, null, null),
                "actions.owner.invalid");
        assertRefused(session, new ActionInput("Heard", "Do it", owner, today.minusDays(1), null, null),
                "actions.due.past");
        assertRefused(session, new ActionInput("Heard", "Do it", owner, today.plusYears(3), null, null),
                "actions.due.too-far");
        assertRefused(session, new ActionInput("x".repeat(FeedbackLimits.ACTION_HEARD + 1), "Do it", owner, today,
                null, null), "actions.heard.too-long");
        Long planned = FeedbackTestData.session(jdbc, "NBU", "Planned", today.plusDays(2), SessionStatus.PLANNED);
        assertRefused(planned, new ActionInput("Heard", "Do it", owner, today, null, null),
                "session-feedback.not-completed");
        assertThat(jdbc.queryForObject("select count(*) from feedback_action", Long.class)).isEqualTo(before);
    }

    @Test
    void anOverdueAction_isListedAsOverdue_andCanStillBeClosed() {
        Long session = FeedbackTestData.northbridgeCompletedSession(jdbc);
        LocalDate today = MySessionsFixture.today();
        Long overdue = FeedbackTestData.action(jdbc, "NBU", session, "OPEN", today.minusDays(3), null);
        assertThat(as(COORDINATOR, () -> actions.list(ActionFilter.OVERDUE, PageRequest.of(0, 100))))
                .filteredOn(r -> r.id().equals(overdue)).singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
        Long owner = userId(DemoLogins.NB_COORDINATOR);
        as(COORDINATOR, () -> actions.update(overdue, new ActionInput("Heard", "Do it", owner, today.minusDays(3),
                ActionStatus.DONE, "Done late, but done.")));
        assertThat(as(COORDINATOR, () -> actions.get(overdue)).overdue()).isFalse();
        assertThat(as(COORDINATOR, () -> actions.list(ActionFilter.OVERDUE, PageRequest.of(0, 100))))
                .extracting(ActionRow::id).doesNotContain(overdue);
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> actions.get(overdue)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(Long session, ActionInput input, String key) {
        assertThatThrownBy(() -> as(COORDINATOR, () -> actions.raise(session, null, input)))
                .isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }

    private Long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
