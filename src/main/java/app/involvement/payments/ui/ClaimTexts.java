package app.involvement.payments.ui;

import app.involvement.payments.ClaimStatus;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The words and amounts of a claim on the staff pages, in the reader's language. */
final class ClaimTexts {

    private ClaimTexts() {
    }

    static String status(Component in, ClaimStatus status) {
        return in.getTranslation("claim.status." + status);
    }

    static String route(Component in, PaymentChoice route) {
        return in.getTranslation(route == null ? "pool.payment.not-chosen" : "pool.payment." + route);
    }

    static String money(long pence) {
        return Money.format(pence, UI.getCurrent().getLocale());
    }
}
