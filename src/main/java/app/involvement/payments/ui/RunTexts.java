package app.involvement.payments.ui;

import app.involvement.payments.RunStatus;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Language;
import app.involvement.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.YearMonth;
import java.time.format.TextStyle;

/** The words and figures of the payment-run pages, in the reader's language. */
final class RunTexts {

    private RunTexts() {
    }

    static String money(long pence) {
        return Money.format(pence, UI.getCurrent().getLocale());
    }

    static String route(Component in, PaymentChoice route) {
        return route == null ? in.getTranslation("runs.route.none") : in.getTranslation("pool.payment." + route);
    }

    static String status(Component in, RunStatus status) {
        return in.getTranslation("runs.status." + status);
    }

    static String runName(Component in, Long runId) {
        return in.getTranslation("runs.name", String.valueOf(runId));
    }

    /** "November 2026", "Tachwedd 2026". */
    static String month(Component in, YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                Language.of(UI.getCurrent().getLocale()).locale());
        return in.getTranslation("runs.month", name, String.valueOf(month.getYear()));
    }
}
