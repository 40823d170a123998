package app.involvement.shared.ui;

import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in UK form for the page's language: day/month/year typed and shown, week from Monday,
 * month and day names in English or Welsh. Every date picker of the portal goes through {@link #ukFormat}.
 */
public final class UkDatePickers {

    /** Also read when typed: 1/2/2026, 1/2/26, 1.2.2026 and 1-2-2026. */
    private static final String[] OTHER_INPUTS = {"d/M/yyyy", "d/M/yy", "d.M.yyyy", "d-M-yyyy"};
    /** The web component counts weekdays from Sunday (0), whatever the first day shown. */
    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final int MONDAY = 1;

    private UkDatePickers() {
    }

    /** Sets the picker's format and names for its locale, keeping error messages set before. */
    public static DatePicker ukFormat(DatePicker picker) {
        Locale locale = Language.of(picker.getLocale()).locale();
        var i18n = picker.getI18n() != null ? picker.getI18n() : new DatePicker.DatePickerI18n();
        i18n.setDateFormats(UkFormats.DATE_INPUT, OTHER_INPUTS)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(MONDAY)
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel"));
        if (i18n.getBadInputErrorMessage() == null) {
            i18n.setBadInputErrorMessage(picker.getTranslation("date-picker.bad-input"));
        }
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }
}
