package app.involvement.training.ui;

import app.involvement.shared.UkFormats;
import app.involvement.training.TrainingEventView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** When and where a session is, in one plain phrase. */
final class EventTexts {

    private EventTexts() {
    }

    static String whenAndWhere(Component in, TrainingEventView event) {
        String day = UkFormats.longDate(event.heldOn(), UI.getCurrent().getLocale());
        String when = event.startTime() == null ? day : in.getTranslation("training.event.when", day, event.startTime());
        String where = event.online() ? in.getTranslation("training.event.online", event.place()) : event.place();
        return in.getTranslation("training.event.when-where", when, where);
    }
}
