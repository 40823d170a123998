package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.PlanningLimits;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Small helpers the planning pages share: who may edit, fields with their limits, and facts as a list. */
final class PlanningUi {

    private PlanningUi() {
    }

    static boolean isLead(CurrentUser currentUser) {
        return currentUser.get().flatMap(u -> u.currentRole()).filter(Role.LEAD::equals).isPresent();
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static String day(LocalDate day) {
        return day == null ? "" : UkFormats.date(day, locale());
    }

    static TextField text(String id, String labelKey, int max, boolean required) {
        var field = new TextField(t(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        field.setRequired(required);
        field.setWidthFull();
        return field;
    }

    static TextArea area(String id, String labelKey, int max, boolean required) {
        var field = new TextArea(t(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        field.setRequired(required);
        field.setMinRows(3);
        field.setMaxRows(12);
        field.setWidthFull();
        return field;
    }

    static DatePicker date(String id, String labelKey, boolean required) {
        var field = UkDatePickers.ukFormat(new DatePicker(t(labelKey)));
        field.setId(id);
        field.setRequired(required);
        field.setMin(LocalDate.of(PlanningLimits.FIRST_YEAR, 1, 1));
        field.setMax(LocalDate.of(PlanningLimits.LAST_YEAR, 12, 31));
        String outOfRange = t("planning.date-out-of-range", PlanningLimits.FIRST_YEAR, PlanningLimits.LAST_YEAR);
        field.setI18n(field.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange)
                .setBadInputErrorMessage(t("planning.date-bad-input")).setRequiredErrorMessage(t("field.required")));
        return field;
    }

    /** Marks an empty required text or date field; true when it has a value. */
    static boolean filled(HasValue<?, ?> field) {
        boolean empty = field.isEmpty() || (field.getValue() instanceof String s && s.isBlank());
        if (field instanceof com.vaadin.flow.component.HasValidation v) {
            v.setErrorMessage(empty ? t("field.required") : null);
            v.setInvalid(empty);
        }
        return !empty;
    }

    /** Runs every check (so each field shows its message), true when all passed. */
    static boolean allFilled(HasValue<?, ?>... fields) {
        boolean ok = true;
        for (HasValue<?, ?> field : fields) {
            ok &= filled(field);
        }
        return ok;
    }

    static DescriptionList facts(String... termsAndValues) {
        var list = new DescriptionList();
        list.addClassName("planning-facts");
        for (int i = 0; i < termsAndValues.length; i += 2) {
            list.add(new DescriptionList.Term(termsAndValues[i]),
                    new DescriptionList.Description(termsAndValues[i + 1] == null ? "" : termsAndValues[i + 1]));
        }
        return list;
    }

    static Component badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("planning-status", "planning-status-" + variant);
        return badge;
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? t("planning.none-given") : text;
    }
}
