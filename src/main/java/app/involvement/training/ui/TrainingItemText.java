package app.involvement.training.ui;

import app.involvement.shared.UkFormats;
import app.involvement.training.TrainingItem;
import com.vaadin.flow.component.Component;

/** One plain sentence saying where a partner stands with a module, for partners and staff alike. */
final class TrainingItemText {

    private TrainingItemText() {
    }

    static String of(Component in, TrainingItem item) {
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        String done = item.completedOn() == null ? "" : UkFormats.longDate(item.completedOn(), locale);
        String until = item.validUntil() == null ? "" : UkFormats.longDate(item.validUntil(), locale);
        String key = switch (item.status()) {
            case DONE -> item.validUntil() == null ? "training.item.done-for-good" : "training.item.done";
            case EXPIRING_SOON -> "training.item.expiring";
            case EXPIRED -> "training.item.expired";
            case AWAITING_CONFIRMATION -> "training.item.awaiting";
            case TO_DO -> "training.item.to-do";
        };
        return in.getTranslation(key, done, until);
    }
}
