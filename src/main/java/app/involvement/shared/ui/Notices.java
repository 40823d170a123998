package app.involvement.shared.ui;

import app.involvement.shared.BusinessRuleException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short confirmations and refusals, announced to screen readers by the notification's live region.
 * One at a time: a new notice replaces the one still showing, so they never pile up over the header.
 */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    /** The translated message of a refused request. */
    public static String message(BusinessRuleException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.arguments());
    }

    private static void show(String text, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification showing = ComponentUtil.getData(ui, Notification.class);
        if (showing != null) {
            showing.close();
        }
        Notification notice = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(variant);
        ComponentUtil.setData(ui, Notification.class, notice);
    }
}
