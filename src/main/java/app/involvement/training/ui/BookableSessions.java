package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.training.TrainingEventView;
import app.involvement.training.TrainingEvents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Training sessions a partner can book, or has booked, with one big button each. */
class BookableSessions extends VerticalLayout {

    private final TrainingEvents events;
    private final UnorderedList list = new UnorderedList();

    BookableSessions(TrainingEvents events) {
        this.events = events;
        setPadding(false);
        list.setId("my-training-sessions");
        list.addClassName("training-list");
        add(new H2(getTranslation("training.my.sessions")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            list.add(new ListItem(getTranslation("training.my.sessions.none")));
        }
        upcoming.forEach(e -> list.add(row(e)));
    }

    private ListItem row(TrainingEventView event) {
        var title = new Span(event.moduleTitle());
        title.addClassName("training-item-title");
        var row = new ListItem(title, new Paragraph(EventTexts.whenAndWhere(this, event)));
        if (event.bookedByMe()) {
            row.add(new Paragraph(getTranslation("training.my.session.booked")));
            var cancel = new Button(getTranslation("training.my.session.cancel"), e -> act(() -> events.cancel(event.id()),
                    "training.my.session.cancelled"));
            cancel.setAriaLabel(getTranslation("training.my.session.cancel-of", event.moduleTitle()));
            row.add(cancel);
        } else if (event.placesLeft() == 0) {
            row.add(new Paragraph(getTranslation("training.my.session.full")));
        } else {
            row.add(new Paragraph(getTranslation("training.my.session.places-left", event.placesLeft())));
            var book = new Button(getTranslation("training.my.session.book"), e -> act(() -> events.book(event.id()),
                    "training.my.session.booked-notice"));
            book.setAriaLabel(getTranslation("training.my.session.book-of", event.moduleTitle()));
            book.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(book);
        }
        return row;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
        refresh();
    }
}
