package app.involvement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UK forms whatever the server's own locale and zone: the JVM here runs as en_US in New York. */
class UkFormatsTest {

    private static final Locale EN = Language.ENGLISH.locale();
    private static final Locale CY = Language.WELSH.locale();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    private Locale jvmLocale;
    private TimeZone jvmZone;

    @BeforeEach
    void runAsAnAmericanServer() {
        jvmLocale = Locale.getDefault();
        jvmZone = TimeZone.getDefault();
        Locale.setDefault(Locale.US);
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmLocale);
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void dates_areDayMonthYear_inEnglishAndWelsh() {
        assertThat(UkFormats.date(DAY, EN)).isEqualTo("19 Nov 2026");
        assertThat(UkFormats.date(DAY, CY)).isEqualTo("19 Tach 2026");
        assertThat(UkFormats.longDate(DAY, EN)).isEqualTo("19 November 2026");
        assertThat(UkFormats.longDate(DAY, CY)).isEqualTo("19 Tachwedd 2026");
    }

    @Test
    void anUnsupportedOrMissingLocale_readsAsBritishEnglish() {
        assertThat(UkFormats.date(DAY, Locale.US)).isEqualTo("19 Nov 2026");
        assertThat(UkFormats.date(DAY, null)).isEqualTo("19 Nov 2026");
        assertThat(UkFormats.date(DAY, Locale.GERMANY)).isEqualTo("19 Nov 2026");
    }

    @Test
    void instants_areShownInUkTime() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time
        Instant lateJune = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(UkFormats.date(lateJune, EN)).isEqualTo("1 Jul 2026");
        assertThat(UkFormats.dateTime(lateJune, EN)).isEqualTo("1 July 2026, 00:30");
        assertThat(UkFormats.dateTime(lateJune, CY)).isEqualTo("1 Gorffennaf 2026, 00:30");
        assertThat(UkFormats.dateTime(Instant.parse("2026-12-01T14:05:00Z"), CY)).isEqualTo("1 Rhagfyr 2026, 14:05");
    }

    @Test
    void numbers_useUkSeparators() {
        assertThat(UkFormats.number(1234567.5, EN)).isEqualTo("1,234,567.5");
        assertThat(UkFormats.number(1234567.5, CY)).isEqualTo("1,234,567.5");
        assertThat(UkFormats.number(1234567.5, Locale.GERMANY)).isEqualTo("1,234,567.5");
    }

    @Test
    void nothing_isAnEmptyText() {
        assertThat(UkFormats.date((LocalDate) null, EN)).isEmpty();
        assertThat(UkFormats.dateTime(null, CY)).isEmpty();
    }
}
