package app.involvement.provider.ui;

import app.involvement.provider.DefinitionVersion;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.EmptyState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A programme's definition of service users and carers: the current version prominently, with its
 * author and review date ("review due" once passed), and the earlier versions newest first.
 */
class DefinitionSection extends Section {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    DefinitionSection(List<DefinitionVersion> history, Component... actions) {
        var heading = new H2(getTranslation("definition.title"));
        heading.setId("definition-heading");
        var header = new Div(heading);
        header.add(actions);
        header.addClassName("section-header");
        add(header);
        setAriaLabelledBy();
        if (history.isEmpty()) {
            add(new EmptyState(getTranslation("definition.none.title"), getTranslation("definition.none.text")));
            return;
        }
        LocalDate today = LocalDate.now(LONDON);
        add(current(history.getFirst(), today));
        if (history.size() > 1) {
            add(new H2(getTranslation("definition.earlier")));
            history.stream().skip(1).forEach(v -> add(earlier(v)));
        }
    }

    private void setAriaLabelledBy() {
        getElement().setAttribute("aria-labelledby", "definition-heading");
    }

    private Div current(DefinitionVersion version, LocalDate today) {
        var box = new Div();
        box.addClassName("definition-current");
        box.add(meta(version));
        var review = new Paragraph();
        if (version.reviewDue(today)) {
            var due = new Span(getTranslation("definition.review-due"));
            due.addClassName("review-due");
            review.add(due, new Text(" "));
        }
        review.add(new Text(getTranslation("definition.review-on", format(version.nextReviewOn()))));
        box.add(review);
        box.add(texts(version));
        return box;
    }

    private Details earlier(DefinitionVersion version) {
        var content = new Div(meta(version),
                new Paragraph(getTranslation("definition.review-on", format(version.nextReviewOn()))));
        content.add(texts(version));
        content.addClassName("definition-version");
        return new Details(getTranslation("definition.version-summary", version.number(),
                format(version.createdAt().atZone(LONDON).toLocalDate()), version.authorName()), content);
    }

    private Paragraph meta(DefinitionVersion version) {
        return new Paragraph(getTranslation("definition.meta", version.number(), version.authorName(),
                format(version.createdAt().atZone(LONDON).toLocalDate())));
    }

    private Component[] texts(DefinitionVersion version) {
        return new Component[] {new H3(getTranslation("definition.text")), prose(version.definition()),
                new H3(getTranslation("definition.justification")), prose(version.justification())};
    }

    private static Paragraph prose(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("prose");
        return paragraph;
    }

    private String format(LocalDate date) {
        return UkFormats.date(date, getLocale());
    }
}
