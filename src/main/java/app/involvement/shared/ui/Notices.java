package app.involvement.shared.ui;

import app.involvement.shared.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals, announced to screen readers by the notification's live region. */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {
    }

    public static void success(String text) {
        Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** The translated message of a refused request. */
    public static String message(BusinessRuleException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.arguments());
    }
}
