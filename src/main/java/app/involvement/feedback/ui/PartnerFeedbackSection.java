package app.involvement.feedback.ui;

import app.involvement.feedback.PartnerFeedbackRow;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** What the partners who attended said, lowest rating first, so what went badly is read first. */
class PartnerFeedbackSection extends Div {

    PartnerFeedbackSection(SessionEvaluation evaluation) {
        addClassName("feedback-section");
        setId("session-feedback-partners");
        add(new H2(getTranslation("session-feedback.partners.title")));
        var count = new Paragraph(getTranslation("session-feedback.partners.count", evaluation.partners().size(),
                evaluation.attended()));
        count.setId("session-feedback-partners-count");
        add(count);
        if (evaluation.partners().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("feedback-entries");
        for (PartnerFeedbackRow row : evaluation.partners()) {
            var item = new ListItem(new H3(getTranslation("session-feedback.partners.entry", row.partnerName(),
                    UkFormats.date(row.givenAt(), getLocale()))));
            item.add(new Paragraph(getTranslation("session-feedback.partners.rating",
                    getTranslation("feedback.rating." + row.rating()))));
            item.add(new Paragraph(getTranslation("session-feedback.partners.support", Ratings.yesNo(this,
                    row.supportEnough()))));
            item.add(new Paragraph(getTranslation("session-feedback.partners.again", Ratings.yesNo(this,
                    row.wouldDoAgain()))));
            if (row.toChange() != null && !row.toChange().isBlank()) {
                var label = new Paragraph(getTranslation("session-feedback.partners.change"));
                label.addClassName("feedback-label");
                var text = new Paragraph(row.toChange());
                text.addClassName("feedback-text");
                item.add(label, text);
            }
            list.add(item);
        }
        add(list);
    }
}
