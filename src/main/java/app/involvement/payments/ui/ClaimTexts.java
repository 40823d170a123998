package app.involvement.payments.ui;

import app.involvement.payments.ClaimStatus;
import app.involvement.payments.ExpenseCategory;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The words and numbers of a claim in the reader's language: status, category, route, pounds and days. */
public final class ClaimTexts {

    private ClaimTexts() {
    }

    /** The page's locale (English or Welsh). */
    public static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    public static String status(Component in, ClaimStatus status) {
        return in.getTranslation("claim.status." + status);
    }

    public static String category(Component in, ExpenseCategory category) {
        return in.getTranslation("expense.category." + category);
    }

    /** The payment route as the partner chose it, or "not chosen yet". */
    public static String route(Component in, PaymentChoice route) {
        return route == null ? in.getTranslation("my-claims.summary.route.none")
                : in.getTranslation("pool.payment." + route);
    }

    public static String money(Component in, long pence) {
        return Money.format(pence, locale());
    }

    public static String day(Component in, LocalDate day) {
        return UkFormats.longDate(day, locale());
    }

    public static String day(Component in, Instant at) {
        return UkFormats.longDate(at.atZone(UkFormats.UK_TIME).toLocalDate(), locale());
    }
}
