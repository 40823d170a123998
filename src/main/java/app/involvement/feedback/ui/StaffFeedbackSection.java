package app.involvement.feedback.ui;

import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.feedback.SessionFeedback;
import app.involvement.feedback.StaffFeedbackInput;
import app.involvement.feedback.StaffFeedbackRow;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

/** Staff's own feedback on the session: the reader's (a rating and what they noticed) and their colleagues'. */
class StaffFeedbackSection extends Div {

    StaffFeedbackSection(SessionFeedback service, SessionEvaluation evaluation, Runnable reload) {
        addClassName("feedback-section");
        setId("session-feedback-staff");
        add(new H2(getTranslation("session-feedback.staff.title")));
        var mine = evaluation.staff().stream().filter(StaffFeedbackRow::mine).findFirst();
        var rating = Ratings.rating(this, "session-feedback.staff.rating");
        rating.setId("staff-feedback-rating");
        var text = new TextArea(getTranslation("session-feedback.staff.text"));
        text.setId("staff-feedback-text");
        text.setMaxLength(FeedbackLimits.STAFF_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        mine.ifPresent(m -> {
            rating.setValue(m.rating());
            text.setValue(m.text());
        });
        var errors = new FieldErrors(this).on("session-feedback.staff.rating", rating).on("feedback.rating", rating)
                .on("session-feedback.staff.text", text);
        var save = new Button(getTranslation("session-feedback.staff.save"), e -> {
            errors.clear();
            boolean ok = rating.getValue() != null || errors.mark(rating, "session-feedback.staff.rating.required");
            ok &= !text.getValue().isBlank() || errors.mark(text, "session-feedback.staff.text.required");
            if (!ok) {
                return;
            }
            try {
                service.saveStaffFeedback(evaluation.sessionId(), new StaffFeedbackInput(rating.getValue(),
                        text.getValue()));
                Notices.success(getTranslation("session-feedback.staff.saved"));
                reload.run();
            } catch (BusinessRuleException refused) {
                errors.show(refused);
            }
        });
        save.setId("staff-feedback-save");
        var form = new Div(rating, text, save);
        form.addClassName("stacked-form");
        add(form);
        var others = evaluation.staff().stream().filter(s -> !s.mine()).toList();
        if (!others.isEmpty()) {
            add(new H3(getTranslation("session-feedback.staff.others")));
            var list = new UnorderedList();
            list.addClassName("feedback-entries");
            for (StaffFeedbackRow row : others) {
                list.add(new ListItem(new Paragraph(getTranslation("session-feedback.staff.entry", row.authorName(),
                        getTranslation("feedback.rating." + row.rating()), UkFormats.date(row.givenAt(), getLocale()))),
                        new Paragraph(row.text())));
            }
            add(list);
        }
    }
}
