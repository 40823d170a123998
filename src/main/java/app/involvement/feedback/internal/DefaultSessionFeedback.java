package app.involvement.feedback.internal;

import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.LearnerCounts;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.feedback.SessionFeedback;
import app.involvement.feedback.StaffFeedbackInput;
import app.involvement.feedback.StaffFeedbackRow;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluating a session, for the lead and coordinators (DD039). The session is read from the sessions module's
 * table for this provider only; another provider's or an unknown id is refused and logged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultSessionFeedback implements SessionFeedback {

    private final EvaluationQueries queries;
    private final StaffFeedbackRepository staff;
    private final LearnerFeedbackRepository learners;
    private final CurrentUser currentUser;
    private final FeedbackAudit audit;
    private final Clock clock;

    DefaultSessionFeedback(EvaluationQueries queries, StaffFeedbackRepository staff, LearnerFeedbackRepository learners,
            CurrentUser currentUser, FeedbackAudit audit, Clock clock) {
        this.queries = queries;
        this.staff = staff;
        this.learners = learners;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SessionEvaluation evaluation(Long sessionId) {
        var session = find(sessionId);
        Long me = currentUser.require().userId();
        if (!session.completed()) {
            return new SessionEvaluation(session.id(), session.title(), session.heldOn(), false,
                    session.simulationReuse(), 0, List.of(), List.of(), null, List.of());
        }
        List<StaffFeedbackRow> staffRows = staff.findBySessionIdOrderByGivenAtAsc(session.id(),
                Limit.of(FeedbackLimits.SESSION_ENTRIES_MAX)).stream()
                .map(f -> new StaffFeedbackRow(f.getId(), f.getAuthorName(), f.getRating(), f.getText(), f.getGivenAt(),
                        me.equals(f.getAuthorUserId()))).toList();
        return new SessionEvaluation(session.id(), session.title(), session.heldOn(), true, session.simulationReuse(),
                queries.attendedCount(session.id()), queries.partnerFeedback(session.id()), staffRows,
                learners.findBySessionId(session.id()).map(LearnerFeedback::counts).orElse(null),
                queries.actionsOf(session.id(), LocalDate.now(clock.withZone(UkFormats.UK_TIME))));
    }

    @Override
    @Transactional
    public void saveStaffFeedback(Long sessionId, StaffFeedbackInput input) {
        var session = completed(sessionId);
        FeedbackRules.check(input);
        PortalUser me = currentUser.require();
        var entry = staff.findBySessionIdAndAuthorUserId(session.id(), me.userId())
                .orElseGet(() -> new StaffFeedback(session.id(), me.userId()));
        entry.save(me.displayName(), input.rating(), input.text().strip(), clock.instant());
        staff.save(entry);
        audit.record("STAFF_FEEDBACK_SAVED", "session " + sessionId, "rating " + input.rating());
    }

    @Override
    @Transactional
    public void saveLearnerFeedback(Long sessionId, LearnerCounts counts) {
        var session = completed(sessionId);
        FeedbackRules.check(counts);
        var entry = learners.findBySessionId(session.id()).orElseGet(() -> new LearnerFeedback(session.id()));
        entry.save(counts, audit.actor(), clock.instant());
        learners.save(entry);
        audit.record("LEARNER_FEEDBACK_SAVED", "session " + sessionId, "responses " + counts.responses()
                + ", positive " + counts.positive() + ", neutral " + counts.neutral() + ", negative "
                + counts.negative());
    }

    private EvaluationQueries.Held find(Long sessionId) {
        return queries.session(sessionId).orElseThrow(() -> audit.refused("session " + sessionId));
    }

    private EvaluationQueries.Held completed(Long sessionId) {
        var session = find(sessionId);
        if (!session.completed()) {
            throw new BusinessRuleException("session-feedback.not-completed");
        }
        return session;
    }
}
