package app.involvement.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * One provider never reads or changes another's feedback or actions, whatever ids it tries: each tampered id is
 * refused like an unknown one, recorded with who tried it, and changes nothing.
 */
class FeedbackIsolationIT extends IntegrationTestBase {

    @Autowired
    private SessionFeedback sessionFeedback;

    @Autowired
    private Actions actions;

    @Autowired
    private MyFeedback myFeedback;

    @Autowired
    private FeedbackFigures figures;

    @Test
    void anotherProvidersSessionsAndActions_areRefused_recorded_andUnchanged() {
        LocalDate today = MySessionsFixture.today();
        Long nbSession = FeedbackTestData.attendedSession(jdbc, "NBU", DemoLogins.NB_PARTNER, 2);
        Long nbAction = FeedbackTestData.action(jdbc, "NBU", nbSession, "OPEN", today.plusDays(5), null);
        as(DemoLogins.NB_COORDINATOR, () -> sessionFeedback.saveStaffFeedback(nbSession,
                new StaffFeedbackInput(4, "Northbridge only")));
        as(DemoLogins.NB_PARTNER, () -> myFeedback.give(nbSession, new PartnerAnswers(5, true, true, "")));
        Long nbFeedback = jdbc.queryForObject("select id from partner_feedback where session_id = ?", Long.class,
                nbSession);
        Long smSession = FeedbackTestData.session(jdbc, "SMC", "Southmoor own", today.minusDays(1),
                SessionStatus.COMPLETED);
        Long smOwner = jdbc.queryForObject("select id from user_account where email = ?", Long.class,
                DemoLogins.SM_COORDINATOR);
        String before = snapshot(nbSession, nbAction);

        var input = new ActionInput("Heard", "Do it", smOwner, today.plusDays(3), ActionStatus.DONE, "Changed");
        List<Executable> tries = List.of(
                () -> sessionFeedback.evaluation(nbSession),
                () -> sessionFeedback.saveStaffFeedback(nbSession, new StaffFeedbackInput(1, "Tampered")),
                () -> sessionFeedback.saveLearnerFeedback(nbSession, new LearnerCounts(1, 1, 0, 0, "")),
                () -> actions.get(nbAction),
                () -> actions.update(nbAction, input),
                () -> actions.raise(nbSession, null, input),
                // a Northbridge partner's feedback id slipped into Southmoor's own session
                () -> actions.raise(smSession, nbFeedback, input));
        as(DemoLogins.SM_COORDINATOR, () -> tries.forEach(t -> assertThatThrownBy(t::execute)
                .isInstanceOf(AccessDeniedException.class)));
        as(DemoLogins.SM_PARTNER, () -> {
            assertThatThrownBy(() -> myFeedback.page(nbSession)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> myFeedback.give(nbSession, new PartnerAnswers(1, false, false, "")))
                    .isInstanceOf(AccessDeniedException.class);
        });

        assertThat(snapshot(nbSession, nbAction)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from feedback_action where session_id = ?", Long.class,
                smSession)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR, "session " + nbSession))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR, "action " + nbAction))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR,
                "partner feedback " + nbFeedback)).isOne();
    }

    @Test
    void listsFiguresAndToldBack_showOnlyTheProvidersOwn() {
        LocalDate today = MySessionsFixture.today();
        Long nbSession = FeedbackTestData.northbridgeCompletedSession(jdbc);
        Long nbOverdue = FeedbackTestData.action(jdbc, "NBU", nbSession, "OPEN", today.minusDays(2), null);
        Long nbDone = FeedbackTestData.action(jdbc, "NBU", nbSession, "DONE", today, today);
        var smBefore = as(DemoLogins.SM_LEAD, () -> figures.actionCounts(today));
        long smOverdue = jdbc.queryForObject("select count(*) from feedback_action a join provider v on v.id ="
                + " a.tenant_id where v.short_code = 'SMC' and a.status <> 'DONE' and a.due_on < ?", Long.class,
                java.sql.Date.valueOf(today));
        assertThat(smBefore.overdue()).isEqualTo(smOverdue);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> actions.list(ActionFilter.ALL, PageRequest.of(0, 100))))
                .extracting(ActionRow::id).doesNotContain(nbOverdue, nbDone);
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> actions.count(ActionFilter.ALL))).isEqualTo(
                jdbc.queryForObject("select count(*) from feedback_action a join provider v on v.id = a.tenant_id"
                        + " where v.short_code = 'SMC'", Long.class));
        assertThat(as(DemoLogins.SM_PARTNER, () -> myFeedback.toldBack())).extracting(ToldBack::actionId)
                .doesNotContain(nbDone);
        assertThat(as(DemoLogins.SM_PARTNER, () -> myFeedback.toGive())).extracting(FeedbackInvite::sessionId)
                .doesNotContain(nbSession);
    }

    private String snapshot(Long session, Long action) {
        return jdbc.queryForObject("select concat(status, '|', what, '|', due_on) from feedback_action where id = ?",
                String.class, action) + jdbc.queryForList("select concat(rating, '|', feedback_text) from staff_feedback"
                + " where session_id = ?", String.class, session) + jdbc.queryForList("select concat(rating, '|',"
                + " support_enough) from partner_feedback where session_id = ?", String.class, session)
                + jdbc.queryForObject("select count(*) from learner_feedback where session_id = ?", Long.class, session);
    }
}
