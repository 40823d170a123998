package app.involvement.feedback.internal;

import app.involvement.feedback.ActionInput;
import app.involvement.feedback.ActionStatus;
import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.LearnerCounts;
import app.involvement.feedback.PartnerAnswers;
import app.involvement.feedback.StaffFeedbackInput;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;

/** The checks the services make again after the forms (nothing is stored when one fails). */
final class FeedbackRules {

    private FeedbackRules() {
    }

    static void check(PartnerAnswers answers) {
        if (answers == null || answers.rating() == null) {
            throw new BusinessRuleException("my-feedback.rating.required");
        }
        rating(answers.rating());
        if (answers.supportEnough() == null) {
            throw new BusinessRuleException("my-feedback.support.required");
        }
        if (answers.wouldDoAgain() == null) {
            throw new BusinessRuleException("my-feedback.again.required");
        }
        if (length(answers.toChange()) > FeedbackLimits.PARTNER_CHANGE) {
            throw new BusinessRuleException("my-feedback.change.too-long", FeedbackLimits.PARTNER_CHANGE);
        }
    }

    static void check(StaffFeedbackInput input) {
        if (input == null || input.rating() == null) {
            throw new BusinessRuleException("session-feedback.staff.rating.required");
        }
        rating(input.rating());
        if (input.text() == null || input.text().isBlank()) {
            throw new BusinessRuleException("session-feedback.staff.text.required");
        }
        if (input.text().strip().length() > FeedbackLimits.STAFF_TEXT) {
            throw new BusinessRuleException("session-feedback.staff.text.too-long", FeedbackLimits.STAFF_TEXT);
        }
    }

    static void check(LearnerCounts counts) {
        if (counts == null || counts.responses() == null || counts.positive() == null || counts.neutral() == null
                || counts.negative() == null) {
            throw new BusinessRuleException("session-feedback.learners.count.required");
        }
        for (int n : new int[] {counts.responses(), counts.positive(), counts.neutral(), counts.negative()}) {
            if (n < 0 || n > FeedbackLimits.LEARNER_RESPONSES_MAX) {
                throw new BusinessRuleException("session-feedback.learners.count.range",
                        FeedbackLimits.LEARNER_RESPONSES_MAX);
            }
        }
        if (counts.responses() < 1) {
            throw new BusinessRuleException("session-feedback.learners.responses.none");
        }
        if ((long) counts.positive() + counts.neutral() + counts.negative() > counts.responses()) {
            throw new BusinessRuleException("session-feedback.learners.sum");
        }
        if (length(counts.comments()) > FeedbackLimits.LEARNER_COMMENTS) {
            throw new BusinessRuleException("session-feedback.learners.comments.too-long",
                    FeedbackLimits.LEARNER_COMMENTS);
        }
    }

    /**
     * An action's texts, status and due day. A due day is checked against today only when it is new or changed,
     * so an overdue action can still be moved on or closed.
     */
    static void check(ActionInput input, LocalDate today, LocalDate dueBefore) {
        if (input == null || input.heard() == null || input.heard().isBlank()) {
            throw new BusinessRuleException("actions.heard.required");
        }
        if (input.heard().strip().length() > FeedbackLimits.ACTION_HEARD) {
            throw new BusinessRuleException("actions.heard.too-long", FeedbackLimits.ACTION_HEARD);
        }
        if (input.what() == null || input.what().isBlank()) {
            throw new BusinessRuleException("actions.what.required");
        }
        if (input.what().strip().length() > FeedbackLimits.ACTION_WHAT) {
            throw new BusinessRuleException("actions.what.too-long", FeedbackLimits.ACTION_WHAT);
        }
        if (input.ownerUserId() == null) {
            throw new BusinessRuleException("actions.owner.required");
        }
        if (input.dueOn() == null) {
            throw new BusinessRuleException("actions.due.required");
        }
        if (!input.dueOn().equals(dueBefore)) {
            if (input.dueOn().isBefore(today)) {
                throw new BusinessRuleException("actions.due.past");
            }
            if (input.dueOn().isAfter(today.plusDays(FeedbackLimits.ACTION_DUE_MAX_DAYS))) {
                throw new BusinessRuleException("actions.due.too-far");
            }
        }
        if (input.status() == ActionStatus.DONE && (input.changed() == null || input.changed().isBlank())) {
            throw new BusinessRuleException("actions.changed.required");
        }
        if (length(input.changed()) > FeedbackLimits.ACTION_CHANGED) {
            throw new BusinessRuleException("actions.changed.too-long", FeedbackLimits.ACTION_CHANGED);
        }
    }

    private static void rating(int rating) {
        if (rating < FeedbackLimits.RATING_MIN || rating > FeedbackLimits.RATING_MAX) {
            throw new BusinessRuleException("feedback.rating.range", FeedbackLimits.RATING_MIN,
                    FeedbackLimits.RATING_MAX);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
