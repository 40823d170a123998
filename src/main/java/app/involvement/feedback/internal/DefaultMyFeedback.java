package app.involvement.feedback.internal;

import app.involvement.feedback.FeedbackInvite;
import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.MyFeedback;
import app.involvement.feedback.MyFeedbackPage;
import app.involvement.feedback.PartnerAnswers;
import app.involvement.feedback.ToldBack;
import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's own feedback (DD039): only on completed sessions they were marked attended on, found by their
 * account. A session id that is not theirs is refused like an unknown one and logged. One entry per session, given
 * within {@link FeedbackLimits#GIVE_WITHIN_DAYS} days of it and changed within {@link FeedbackLimits#EDIT_DAYS}
 * days of first giving it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyFeedback implements MyFeedback {

    private final MyProfile myProfile;
    private final EvaluationQueries queries;
    private final PartnerFeedbackRepository feedback;
    private final FeedbackAudit audit;
    private final Clock clock;

    DefaultMyFeedback(MyProfile myProfile, EvaluationQueries queries, PartnerFeedbackRepository feedback,
            FeedbackAudit audit, Clock clock) {
        this.myProfile = myProfile;
        this.queries = queries;
        this.feedback = feedback;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public MyFeedbackPage page(Long sessionId) {
        Long partner = me(sessionId);
        var session = attendedSession(sessionId, partner);
        var given = feedback.findBySessionIdAndPartnerId(sessionId, partner);
        LocalDate until = openUntil(session.heldOn(), given);
        return new MyFeedbackPage(session.id(), session.title(), session.heldOn(),
                given.map(PartnerFeedback::answers).orElse(null), given.map(PartnerFeedback::getGivenAt).orElse(null),
                until, !today().isAfter(until));
    }

    @Override
    @Transactional
    public void give(Long sessionId, PartnerAnswers answers) {
        Long partner = me(sessionId);
        var session = attendedSession(sessionId, partner);
        var given = feedback.findBySessionIdAndPartnerId(sessionId, partner);
        if (today().isAfter(openUntil(session.heldOn(), given))) {
            throw new BusinessRuleException(given.isPresent() ? "my-feedback.closed.change" : "my-feedback.closed.give");
        }
        FeedbackRules.check(answers);
        if (given.isPresent()) {
            given.get().change(answers, clock.instant());
            audit.record("PARTNER_FEEDBACK_CHANGED", "session " + sessionId, "rating " + answers.rating());
        } else {
            feedback.save(PartnerFeedback.give(sessionId, partner, answers, clock.instant()));
            audit.record("PARTNER_FEEDBACK_GIVEN", "session " + sessionId, "rating " + answers.rating());
        }
    }

    @Override
    public List<FeedbackInvite> toGive() {
        LocalDate today = today();
        return myProfile.id()
                .map(partner -> queries.invites(partner, today.minusDays(FeedbackLimits.GIVE_WITHIN_DAYS), today))
                .orElse(List.of());
    }

    @Override
    public List<ToldBack> toldBack() {
        return queries.toldBack(today().minusDays(FeedbackLimits.TOLD_BACK_DAYS));
    }

    /** Before giving: until the last day to give it; after: until {@code EDIT_DAYS} after first giving it. */
    private LocalDate openUntil(LocalDate heldOn, Optional<PartnerFeedback> given) {
        return given.map(f -> f.getGivenAt().atZone(UkFormats.UK_TIME).toLocalDate().plusDays(FeedbackLimits.EDIT_DAYS))
                .orElse(heldOn.plusDays(FeedbackLimits.GIVE_WITHIN_DAYS));
    }

    private Long me(Long sessionId) {
        return myProfile.id().orElseThrow(() -> audit.refused("feedback session " + sessionId));
    }

    private EvaluationQueries.Held attendedSession(Long sessionId, Long partner) {
        return queries.session(sessionId).filter(EvaluationQueries.Held::completed)
                .filter(s -> queries.attended(s.id(), partner))
                .orElseThrow(() -> audit.refused("feedback session " + sessionId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
