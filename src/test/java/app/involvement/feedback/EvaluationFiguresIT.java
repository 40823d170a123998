package app.involvement.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff and learners' feedback, and the figures and evidence built from it, on hand-made sessions in a month of
 * their own long ago (so the shared demo data cannot change the answers): simulation re-use never counts.
 */
class EvaluationFiguresIT extends IntegrationTestBase {

    private static final String COORDINATOR = DemoLogins.NB_COORDINATOR;

    @Autowired
    private SessionFeedback sessionFeedback;

    @Autowired
    private FeedbackFigures figures;

    @Autowired
    private List<EvidenceSource> evidenceSources;

    @Test
    void staffAndLearnersFeedback_checkedAndKeptOnePerPersonAndSession() {
        Long session = FeedbackTestData.session(jdbc, "NBU", "Staff feedback test", MySessionsFixture.today()
                .minusDays(3), SessionStatus.COMPLETED);
        as(COORDINATOR, () -> sessionFeedback.saveStaffFeedback(session, new StaffFeedbackInput(4, "Went well.")));
        as(COORDINATOR, () -> sessionFeedback.saveStaffFeedback(session, new StaffFeedbackInput(3, "Ran late.")));
        as(DemoLogins.NB_LEAD, () -> sessionFeedback.saveStaffFeedback(session, new StaffFeedbackInput(5, "Great.")));
        var evaluation = as(COORDINATOR, () -> sessionFeedback.evaluation(session));
        assertThat(evaluation.staff()).extracting(StaffFeedbackRow::text, StaffFeedbackRow::mine)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ran late.", true),
                        org.assertj.core.groups.Tuple.tuple("Great.", false));
        assertThat(evaluation.evaluated()).isTrue();

        assertLearnersRefused(session, new LearnerCounts(10, 6, 3, 2, ""), "session-feedback.learners.sum");
        assertLearnersRefused(session, new LearnerCounts(0, 0, 0, 0, ""), "session-feedback.learners.responses.none");
        assertLearnersRefused(session, new LearnerCounts(10, -1, 3, 2, ""), "session-feedback.learners.count.range");
        assertLearnersRefused(session, new LearnerCounts(10, null, 3, 2, ""), "session-feedback.learners.count.required");
        as(COORDINATOR, () -> sessionFeedback.saveLearnerFeedback(session, new LearnerCounts(10, 6, 2, 1, "Useful")));
        as(COORDINATOR, () -> sessionFeedback.saveLearnerFeedback(session, new LearnerCounts(12, 6, 2, 1, "Useful")));
        assertThat(as(COORDINATOR, () -> sessionFeedback.evaluation(session)).learners())
                .isEqualTo(new LearnerCounts(12, 6, 2, 1, "Useful"));
        assertThat(jdbc.queryForObject("select count(*) from learner_feedback where session_id = ?", Long.class,
                session)).isOne();

        assertThatThrownBy(() -> as(COORDINATOR, () -> sessionFeedback.saveStaffFeedback(session,
                new StaffFeedbackInput(4, " ")))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("session-feedback.staff.text.required");
        Long planned = FeedbackTestData.session(jdbc, "NBU", "Planned", MySessionsFixture.today().plusDays(3),
                SessionStatus.PLANNED);
        assertThatThrownBy(() -> as(COORDINATOR, () -> sessionFeedback.saveStaffFeedback(planned,
                new StaffFeedbackInput(4, "Too soon")))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("session-feedback.not-completed");
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> sessionFeedback.evaluation(session)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoLogins.NB_PARTNER, () -> sessionFeedback.evaluation(session)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completedWithoutEvaluation_countsOnlyCompletedInvolvementWithNeitherStaffNorLearnersFeedback() {
        LocalDate first = LocalDate.of(2001, 3, 1);
        LocalDate last = LocalDate.of(2001, 3, 31);
        Long none = FeedbackTestData.session(jdbc, "NBU", "No evaluation", first, SessionStatus.COMPLETED);
        Long staffOnly = FeedbackTestData.session(jdbc, "NBU", "Staff evaluated", last, SessionStatus.COMPLETED);
        Long learnersOnly = FeedbackTestData.session(jdbc, "NBU", "Learners evaluated", first.plusDays(9),
                SessionStatus.COMPLETED);
        Long reuse = FeedbackTestData.session(jdbc, "NBU", "Re-use, never counted", first.plusDays(3),
                SessionStatus.COMPLETED);
        FeedbackTestData.kind(jdbc, reuse, "SIMULATION_REUSE");
        FeedbackTestData.session(jdbc, "NBU", "Cancelled", first.plusDays(4), SessionStatus.CANCELLED);
        FeedbackTestData.session(jdbc, "NBU", "A day outside", last.plusDays(1), SessionStatus.COMPLETED);
        FeedbackTestData.session(jdbc, "SMC", "Another provider's", first.plusDays(5), SessionStatus.COMPLETED);
        FeedbackTestData.attended(jdbc, "NBU", none, DemoLogins.NB_PARTNER);
        FeedbackTestData.attended(jdbc, "NBU", none, DemoLogins.NB_CARER);
        FeedbackTestData.attended(jdbc, "NBU", reuse, DemoLogins.NB_CARER);
        as(COORDINATOR, () -> {
            sessionFeedback.saveStaffFeedback(staffOnly, new StaffFeedbackInput(4, "Fine."));
            sessionFeedback.saveLearnerFeedback(learnersOnly, new LearnerCounts(20, 15, 3, 2, ""));
        });
        jdbc.update("insert into partner_feedback (version, tenant_id, session_id, partner_id, rating, support_enough,"
                + " would_again, given_at) select 0, tenant_id, session_id, partner_id, 4, true, false, current_timestamp"
                + " from session_offer where session_id in (?, ?)", none, reuse);
        jdbc.update("update partner_feedback set rating = 3, support_enough = false, would_again = true"
                + " where session_id = ? and partner_id = ?", none, MySessionsFixture.partner(jdbc, DemoLogins.NB_CARER,
                "NBU"));

        // one completed involvement session without evaluation (the re-use one is not counted)
        assertThat(as(DemoLogins.NB_LEAD, () -> figures.completedWithoutEvaluation(first, last))).isEqualTo(1);
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> figures.completedWithoutEvaluation(first, first))).isEqualTo(1);
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> figures.completedWithoutEvaluation(first.plusDays(1), last)))
                .isZero();
        assertThat(as(DemoLogins.SM_LEAD, () -> figures.completedWithoutEvaluation(first, last))).isEqualTo(1);

        EvidenceSource source = evidenceSources.stream()
                .filter(s -> s.getClass().getName().contains(".feedback.")).findFirst().orElseThrow();
        assertThat(as(DemoLogins.NB_LEAD, () -> source.part())).isEqualTo(EvidencePart.EVALUATION);
        List<EvidenceTable> tables = as(DemoLogins.NB_LEAD, () -> source.tables(new EvidenceRequest(Language.ENGLISH,
                MySessionsFixture.today(), first, last, id -> "P-" + id)));
        var summary = tables.get(0);
        assertThat(summary.key()).isEqualTo("feedback-summary");
        assertThat(summary.rows()).containsSubsequence(
                List.of("Completed sessions", "3"),
                List.of("Sessions with staff or learners’ feedback", "2 (67%)"),
                List.of("Sessions without evaluation", "1"),
                List.of("Feedback from partners", "2"),
                List.of("Partners’ average rating", "3.5 out of 5"),
                List.of("Partners who said the support was enough", "50%"),
                List.of("Partners who would do it again", "50%"),
                List.of("Learners’ responses", "20"),
                List.of("Learners positive", "75%"));
        String everything = tables.toString();
        for (String name : jdbc.queryForList("select preferred_name from partner where id in (select partner_id from"
                + " session_offer where session_id = ?)", String.class, none)) {
            assertThat(everything).as("no partner is named in the evidence").doesNotContain(name);
        }
        var welsh = as(DemoLogins.NB_LEAD, () -> source.tables(new EvidenceRequest(Language.WELSH,
                MySessionsFixture.today(), first, last, id -> "P-" + id)));
        assertThat(welsh.get(0).rows().get(0)).containsExactly("Sesiynau wedi’u cwblhau", "3");
        assertThatThrownBy(() -> as(DemoLogins.NB_COORDINATOR, () -> source.tables(new EvidenceRequest(
                Language.ENGLISH, first, first, last, id -> "P")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void actionCounts_openOverdueAndDone() {
        var before = as(DemoLogins.NB_LEAD, () -> figures.actionCounts(MySessionsFixture.today()));
        Long session = FeedbackTestData.northbridgeCompletedSession(jdbc);
        LocalDate today = MySessionsFixture.today();
        FeedbackTestData.action(jdbc, "NBU", session, "OPEN", today.minusDays(1), null);
        FeedbackTestData.action(jdbc, "NBU", session, "IN_PROGRESS", today, null);
        FeedbackTestData.action(jdbc, "NBU", session, "DONE", today.minusDays(30), today.minusDays(2));
        var after = as(DemoLogins.NB_LEAD, () -> figures.actionCounts(today));
        assertThat(after.open() - before.open()).isEqualTo(2);
        assertThat(after.overdue() - before.overdue()).as("due yesterday is overdue, due today is not").isEqualTo(1);
        assertThat(after.done() - before.done()).isEqualTo(1);
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> figures.actionCounts(today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertLearnersRefused(Long session, LearnerCounts counts, String key) {
        assertThatThrownBy(() -> as(COORDINATOR, () -> sessionFeedback.saveLearnerFeedback(session, counts)))
                .isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }
}
