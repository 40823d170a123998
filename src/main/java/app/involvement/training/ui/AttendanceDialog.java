package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.training.TrainingBooking;
import app.involvement.training.TrainingEventView;
import app.involvement.training.TrainingEvents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Who booked a session; marking someone attended records the module as completed on the session's day. */
class AttendanceDialog extends Dialog {

    private final TrainingEvents events;
    private final TrainingEventView event;
    private final UnorderedList list = new UnorderedList();

    AttendanceDialog(TrainingEvents events, TrainingEventView event, Runnable onChange) {
        this.events = events;
        this.event = event;
        setHeaderTitle(getTranslation("training.event.attendance-title", EventTexts.whenAndWhere(this, event)));
        list.setId("training-attendance");
        add(list);
        refresh();
        getFooter().add(new Button(getTranslation("action.close"), e -> {
            close();
            onChange.run();
        }));
    }

    private void refresh() {
        list.removeAll();
        var booked = events.bookings(event.id());
        if (booked.isEmpty()) {
            list.add(new ListItem(getTranslation("training.event.no-bookings")));
        }
        booked.forEach(b -> list.add(row(b)));
    }

    private ListItem row(TrainingBooking booking) {
        if (booking.attended()) {
            return new ListItem(getTranslation("training.event.attended", booking.partnerName()));
        }
        var mark = new Button(getTranslation("training.event.mark-attended"), e -> {
            try {
                events.markAttended(event.id(), booking.partnerId());
                Notices.success(getTranslation("training.event.marked", booking.partnerName()));
                refresh();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        mark.setAriaLabel(getTranslation("training.event.mark-attended-of", booking.partnerName()));
        return new ListItem(new Span(booking.partnerName()), mark);
    }
}
