package app.involvement.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one place dates, times and numbers are written for people: UK forms in English (en-GB) or Welsh
 * (cy-GB), UK time for instants, never the server's own locale or zone. Grids and short texts use
 * {@link #date}, sentences and e-mails {@link #longDate} and {@link #dateTime}.
 */
public final class UkFormats {

    /** Instants are shown in UK time. */
    public static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    /** How a date is typed and shown in a date picker: 26/11/2026 (26/11/26 and 26-11-2026 are read too). */
    public static final String DATE_INPUT = "dd/MM/yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private UkFormats() {
    }

    /** "19 Nov 2026" / "19 Tach 2026". */
    public static String date(LocalDate date, Locale locale) {
        return format(DATE, date, locale);
    }

    /** The UK calendar day of an instant, as {@link #date(LocalDate, Locale)}. */
    public static String date(Instant instant, Locale locale) {
        return format(DATE, instant == null ? null : instant.atZone(UK_TIME), locale);
    }

    /** "19 November 2026" / "19 Tachwedd 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return format(LONG_DATE, date, locale);
    }

    /** "19 November 2026, 14:05" / "19 Tachwedd 2026, 14:05", in UK time. */
    public static String dateTime(Instant instant, Locale locale) {
        return format(DATE_TIME, instant == null ? null : instant.atZone(UK_TIME), locale);
    }

    /** "1,234.5" in both languages. */
    public static String number(Number number, Locale locale) {
        return number == null ? "" : NumberFormat.getNumberInstance(Language.of(locale).locale()).format(number);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value, Locale locale) {
        return value == null ? "" : formatter.withLocale(Language.of(locale).locale()).format(value);
    }
}
