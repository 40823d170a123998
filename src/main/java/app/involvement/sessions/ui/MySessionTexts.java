package app.involvement.sessions.ui;

import app.involvement.sessions.MySession;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.format.DateTimeFormatter;

/** Plain words for a partner's session: when it is, and where they stand on it. */
final class MySessionTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MySessionTexts() {
    }

    /** "3 December 2026, 10:00 to 12:30". */
    static String when(Component c, MySession s) {
        return c.getTranslation("my-sessions.when", UkFormats.longDate(s.heldOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()),
                TIME.format(s.startTime()), TIME.format(s.endTime()));
    }

    /** Where the partner stands, in one sentence. */
    static String standing(Component c, MySession s) {
        if (s.sessionStatus() == SessionStatus.CANCELLED) {
            return c.getTranslation("my-sessions.status.cancelled");
        }
        if (s.status() == OfferStatus.OFFERED && s.expiresAt() != null) {
            return c.getTranslation("my-sessions.answer-by", UkFormats.dateTime(s.expiresAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
        }
        if (s.status() == OfferStatus.BACKUP) {
            return c.getTranslation("my-sessions.status.backup", s.backupRank() == null ? "" : s.backupRank());
        }
        if (s.status() == OfferStatus.CONFIRMED && s.attendance() != null) {
            return c.getTranslation("my-sessions.attendance." + s.attendance());
        }
        return c.getTranslation("my-sessions.status." + s.status());
    }

    /** A link to the online meeting, named for screen readers, opening in a new tab. */
    static Anchor onlineLink(Component c, MySession s) {
        var link = new Anchor(s.onlineLink(), c.getTranslation("my-sessions.online-link"));
        link.setAriaLabel(c.getTranslation("my-sessions.online-link-of", s.title()));
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    static Anchor preparationLink(Component c, MySession s) {
        var link = new Anchor(s.preparationLink(), c.getTranslation("my-sessions.preparation-link"));
        link.setAriaLabel(c.getTranslation("my-sessions.preparation-link-of", s.title()));
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
