package app.involvement.pool;

import java.util.Locale;
import java.util.regex.Pattern;

/** Field limits and formats of a partner profile, shared by the table, forms and the services. */
public final class PartnerLimits {

    public static final int NAME = 120;
    public static final int PRONOUNS = 40;
    public static final int PHONE = 20;
    public static final int POSTCODE = 8;
    public static final int ACCESS_NOTES = 1000;
    public static final int STAFF_NOTES = 2000;
    public static final int REASON = 500;
    /** Why staff corrected a partner's record (required with every change, DD050). */
    public static final int CORRECTION_REASON = 500;
    public static final int SEARCH = 120;
    public static final int PAGE_SIZE_MAX = 100;
    /** More than any partner picks; the reference lists themselves hold at most 200 items. */
    public static final int MAX_CHOICES = 200;

    /**
     * UK telephone numbers: 10 or 11 digits starting with 0, or +44 and 9 or 10 digits, with spaces,
     * hyphens or brackets between; see {@link #normalisePhone}.
     */
    public static final Pattern UK_PHONE = Pattern.compile("^(?:0\\d{9,10}|\\+44\\d{9,10})$");

    /** UK postcodes (including GIR 0AA), after {@link #normalisePostcode}. */
    public static final Pattern UK_POSTCODE = Pattern.compile(
            "^(?:GIR 0AA|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2})$");

    private PartnerLimits() {
    }

    /** Removes spaces, hyphens and brackets; empty for blank input. */
    public static String normalisePhone(String phone) {
        return phone == null ? "" : phone.replaceAll("[\\s()\\-]", "");
    }

    public static boolean isUkPhone(String phone) {
        return UK_PHONE.matcher(normalisePhone(phone)).matches();
    }

    /** Upper case with one space before the inward code, e.g. {@code "sw1a1aa"} → {@code "SW1A 1AA"}. */
    public static String normalisePostcode(String postcode) {
        String compact = postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.length() < 5 ? compact : compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3);
    }

    public static boolean isUkPostcode(String postcode) {
        return UK_POSTCODE.matcher(normalisePostcode(postcode)).matches();
    }
}
