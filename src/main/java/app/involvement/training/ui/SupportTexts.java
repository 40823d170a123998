package app.involvement.training.ui;

import app.involvement.shared.UkFormats;
import app.involvement.training.SupportRequestRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How a support request reads in a list: what, for when, and where it stands. */
final class SupportTexts {

    private SupportTexts() {
    }

    /** "BSL interpreter" or "Something else: a quiet room to rest". */
    static String what(Component in, SupportRequestRow r) {
        String kind = in.getTranslation("my-support.kind." + r.kind());
        return r.details() == null ? kind : in.getTranslation("my-support.kind-with-details", kind, r.details());
    }

    static String when(Component in, SupportRequestRow r) {
        return r.neededOn() == null ? in.getTranslation("my-support.no-date")
                : UkFormats.longDate(r.neededOn(), UI.getCurrent().getLocale());
    }

    /** "Asked for", "Arranged: a taxi at 9am" or "Not arranged: the reason". */
    static String status(Component in, SupportRequestRow r) {
        String status = in.getTranslation("my-support.status." + r.status());
        return r.outcome() == null ? status : in.getTranslation("my-support.status-with-outcome", status, r.outcome());
    }

    /** One line for a list of requests: what, for when, asked on, status. */
    static String line(Component in, SupportRequestRow r) {
        return in.getTranslation("my-support.line", what(in, r), when(in, r),
                UkFormats.date(r.requestedAt(), UI.getCurrent().getLocale()), status(in, r));
    }
}
