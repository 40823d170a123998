package app.involvement.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The partner's feedback: only on completed sessions they attended, once per session, changeable for 14 days; the
 * home card asks about sessions without it, and done actions are told back.
 */
class MyFeedbackIT extends IntegrationTestBase {

    private static final String PARTNER = DemoLogins.NB_PARTNER;

    @Autowired
    private MyFeedback myFeedback;

    @Test
    void aPartnerGivesFeedbackOnce_andMayChangeItForFourteenDays() {
        Long session = FeedbackTestData.attendedSession(jdbc, "NBU", PARTNER, 2);
        assertThat(as(PARTNER, () -> myFeedback.toGive())).extracting(FeedbackInvite::sessionId).contains(session);
        var before = as(PARTNER, () -> myFeedback.page(session));
        assertThat(before.given()).isNull();
        assertThat(before.open()).isTrue();

        as(PARTNER, () -> myFeedback.give(session, new PartnerAnswers(4, true, true, "  More time for questions. ")));
        var given = as(PARTNER, () -> myFeedback.page(session));
        assertThat(given.given()).isEqualTo(new PartnerAnswers(4, true, true, "More time for questions."));
        assertThat(given.openUntil()).isEqualTo(MySessionsFixture.today().plusDays(FeedbackLimits.EDIT_DAYS));
        assertThat(as(PARTNER, () -> myFeedback.toGive())).extracting(FeedbackInvite::sessionId).doesNotContain(session);

        as(PARTNER, () -> myFeedback.give(session, new PartnerAnswers(2, false, true, "")));
        assertThat(jdbc.queryForObject("select count(*) from partner_feedback where session_id = ?", Long.class, session))
                .as("changing keeps one entry").isOne();
        assertThat(as(PARTNER, () -> myFeedback.page(session)).given().rating()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PARTNER_FEEDBACK_CHANGED'"
                + " and subject = ?", Long.class, "session " + session)).isOne();

        // fifteen days after first giving it, it can no longer be changed
        jdbc.update("update partner_feedback set given_at = ? where session_id = ?",
                FeedbackTestData.utc(Instant.now().minus(15, ChronoUnit.DAYS)), session);
        assertThat(as(PARTNER, () -> myFeedback.page(session)).open()).isFalse();
        assertThatThrownBy(() -> as(PARTNER, () -> myFeedback.give(session, new PartnerAnswers(5, true, true, ""))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("my-feedback.closed.change");
        assertThat(as(PARTNER, () -> myFeedback.page(session)).given().rating()).isEqualTo(2);
    }

    @Test
    void everyAnswerIsNeeded_andTheTextHasALimit() {
        Long session = FeedbackTestData.attendedSession(jdbc, "NBU", PARTNER, 1);
        assertRefused(session, new PartnerAnswers(null, true, true, ""), "my-feedback.rating.required");
        assertRefused(session, new PartnerAnswers(6, true, true, ""), "feedback.rating.range");
        assertRefused(session, new PartnerAnswers(0, true, true, ""), "feedback.rating.range");
        assertRefused(session, new PartnerAnswers(3, null, true, ""), "my-feedback.support.required");
        assertRefused(session, new PartnerAnswers(3, true, null, ""), "my-feedback.again.required");
        assertRefused(session, new PartnerAnswers(3, true, true, "x".repeat(FeedbackLimits.PARTNER_CHANGE + 1)),
                "my-feedback.change.too-long");
        assertThat(jdbc.queryForObject("select count(*) from partner_feedback where session_id = ?", Long.class, session))
                .isZero();
    }

    @Test
    void onlySessionsTheyAttended_completed_andNotTooLongAgo() {
        Long notThere = FeedbackTestData.session(jdbc, "NBU", "Someone else's session", MySessionsFixture.today()
                .minusDays(2), SessionStatus.COMPLETED);
        Long noShow = FeedbackTestData.session(jdbc, "NBU", "Missed session", MySessionsFixture.today().minusDays(2),
                SessionStatus.COMPLETED);
        FeedbackTestData.attendance(jdbc, "NBU", noShow, MySessionsFixture.partner(jdbc, PARTNER, "NBU"), "NO_SHOW");
        Long planned = FeedbackTestData.session(jdbc, "NBU", "Not yet completed", MySessionsFixture.today(),
                SessionStatus.PLANNED);
        FeedbackTestData.attended(jdbc, "NBU", planned, PARTNER);
        for (Long session : new Long[] {notThere, noShow, planned, 999_999_999L}) {
            assertThatThrownBy(() -> as(PARTNER, () -> myFeedback.page(session)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(PARTNER, () -> myFeedback.give(session, new PartnerAnswers(3, true, true, ""))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, PARTNER, "feedback session " + notThere)).isEqualTo(2);

        Long old = FeedbackTestData.attendedSession(jdbc, "NBU", PARTNER, FeedbackLimits.GIVE_WITHIN_DAYS + 1);
        assertThat(as(PARTNER, () -> myFeedback.page(old)).open()).isFalse();
        assertThatThrownBy(() -> as(PARTNER, () -> myFeedback.give(old, new PartnerAnswers(3, true, true, ""))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("my-feedback.closed.give");
        assertThat(as(PARTNER, () -> myFeedback.toGive())).extracting(FeedbackInvite::sessionId).doesNotContain(old);
    }

    @Test
    void doneActions_areToldBack_openOnesAreNot() {
        Long session = FeedbackTestData.attendedSession(jdbc, "NBU", PARTNER, 4);
        Long done = FeedbackTestData.action(jdbc, "NBU", session, "DONE", MySessionsFixture.today(),
                MySessionsFixture.today());
        Long open = FeedbackTestData.action(jdbc, "NBU", session, "OPEN", MySessionsFixture.today().plusDays(9), null);
        var told = as(PARTNER, () -> myFeedback.toldBack());
        assertThat(told).extracting(ToldBack::actionId).contains(done).doesNotContain(open);
        assertThat(told.stream().filter(t -> t.actionId().equals(done)).findFirst().orElseThrow().changed())
                .startsWith("Test changed");
        assertThat(as(DemoLogins.SM_PARTNER, () -> myFeedback.toldBack())).extracting(ToldBack::actionId)
                .as("another provider's partners are not told").doesNotContain(done);
    }

    private void assertRefused(Long session, PartnerAnswers answers, String key) {
        assertThatThrownBy(() -> as(PARTNER, () -> myFeedback.give(session, answers)))
                .isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }
}
