package app.involvement.feedback.ui;

import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.LearnerCounts;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.feedback.SessionFeedback;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** The learners' feedback, entered by staff from their forms: how many responded, how each felt, their comments. */
class LearnerFeedbackSection extends Div {

    LearnerFeedbackSection(SessionFeedback service, SessionEvaluation evaluation, Runnable reload) {
        addClassName("feedback-section");
        setId("session-feedback-learners");
        add(new H2(getTranslation("session-feedback.learners.title")),
                new Paragraph(getTranslation("session-feedback.learners.lead")));
        var responses = count("session-feedback.learners.responses", "learner-responses");
        var positive = count("session-feedback.learners.positive", "learner-positive");
        var neutral = count("session-feedback.learners.neutral", "learner-neutral");
        var negative = count("session-feedback.learners.negative", "learner-negative");
        var comments = new TextArea(getTranslation("session-feedback.learners.comments"));
        comments.setId("learner-comments");
        comments.setMaxLength(FeedbackLimits.LEARNER_COMMENTS);
        comments.setWidthFull();
        LearnerCounts saved = evaluation.learners();
        if (saved != null) {
            responses.setValue(saved.responses());
            positive.setValue(saved.positive());
            neutral.setValue(saved.neutral());
            negative.setValue(saved.negative());
            comments.setValue(saved.comments() == null ? "" : saved.comments());
        }
        var errors = new FieldErrors(this).on("session-feedback.learners.responses", responses)
                .on("session-feedback.learners.sum", responses).on("session-feedback.learners.count", responses)
                .on("session-feedback.learners.comments", comments);
        var save = new Button(getTranslation("session-feedback.learners.save"), e -> {
            errors.clear();
            boolean ok = true;
            for (IntegerField field : List.of(responses, positive, neutral, negative)) {
                if (field.getValue() == null) {
                    ok = errors.mark(field, "session-feedback.learners.count.required");
                } else if (field.getValue() < 0 || field.getValue() > FeedbackLimits.LEARNER_RESPONSES_MAX) {
                    ok = errors.mark(field, "session-feedback.learners.count.range",
                            FeedbackLimits.LEARNER_RESPONSES_MAX);
                }
            }
            if (!ok) {
                return;
            }
            try {
                service.saveLearnerFeedback(evaluation.sessionId(), new LearnerCounts(responses.getValue(),
                        positive.getValue(), neutral.getValue(), negative.getValue(), comments.getValue()));
                Notices.success(getTranslation("session-feedback.learners.saved"));
                reload.run();
            } catch (BusinessRuleException refused) {
                errors.show(refused);
            }
        });
        save.setId("learner-save");
        var counts = new Div(responses, positive, neutral, negative);
        counts.addClassName("filter-bar");
        var form = new Div(counts, comments, save);
        form.addClassName("stacked-form");
        add(form);
    }

    private IntegerField count(String labelKey, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(FeedbackLimits.LEARNER_RESPONSES_MAX);
        field.setRequiredIndicatorVisible(true);
        return field;
    }
}
