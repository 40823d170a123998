package app.involvement;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What counts as data on a page rather than words of the interface: numbers, dates, times, e-mail
 * addresses, postcodes and phone numbers by their form, and any text stored in the database — names,
 * programme titles, categories and notes that people typed or the demo data holds — by equality. A
 * list of such values ("Stroke survivor, Parent carer") is data too.
 */
final class DemoDataTexts implements Predicate<String> {

    private static final Set<String> SKIPPED_TABLES = Set.of("flyway_schema_history", "event_publication");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_\\-]+");
    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,}");
    /** "26 Nov 2026", "26 Tachwedd 2026, 14:30", "Nov 26, 2026", "Thursday 26 November": month and day names only. */
    private static final Pattern DATE = datePattern();
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;·|()\\[\\]–—]\\s*|\\s+[-/]\\s+");

    private final Set<String> stored;

    private DemoDataTexts(Set<String> stored) {
        this.stored = stored;
    }

    /** Reads every text column of every table, for all providers. */
    static DemoDataTexts read(JdbcTemplate jdbc) {
        List<String[]> columns = jdbc.execute((java.sql.Connection c) -> textColumns(c.getMetaData(), c.getCatalog(),
                c.getSchema()));
        Set<String> values = new HashSet<>();
        for (String[] column : columns) {
            jdbc.queryForList("select distinct " + column[1] + " from " + column[0], String.class).stream()
                    .filter(v -> v != null && !CODE.matcher(v.strip()).matches())
                    .map(DemoDataTexts::normal)
                    .forEach(values::add);
        }
        return new DemoDataTexts(values);
    }

    private static List<String[]> textColumns(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                int type = rs.getInt("DATA_TYPE");
                boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                        || type == Types.CLOB || type == Types.NVARCHAR || type == Types.NCHAR;
                if (text && !SKIPPED_TABLES.contains(table)) {
                    columns.add(new String[] {table, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)});
                }
            }
        }
        return columns;
    }

    private static Pattern datePattern() {
        Set<String> months = new HashSet<>();
        Set<String> days = new HashSet<>();
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.forLanguageTag("cy"))) {
            var symbols = java.text.DateFormatSymbols.getInstance(locale);
            List.of(symbols.getMonths(), symbols.getShortMonths()).forEach(names -> java.util.Arrays.stream(names)
                    .filter(n -> !n.isBlank()).map(Pattern::quote).forEach(months::add));
            List.of(symbols.getWeekdays(), symbols.getShortWeekdays()).forEach(names -> java.util.Arrays.stream(names)
                    .filter(n -> !n.isBlank()).map(Pattern::quote).forEach(days::add));
        }
        String month = "(" + String.join("|", months) + ")\\.?";
        String day = "(" + String.join("|", days) + ")\\.?,?";
        String time = "(,? \\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?)?";
        return Pattern.compile("(" + day + " )?(\\d{1,2} " + month + "( \\d{4})?|" + month + " \\d{1,2},? \\d{4})" + time,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Override
    public boolean test(String text) {
        String shown = normal(text);
        if (single(shown)) {
            return true;
        }
        String[] parts = SEPARATORS.split(shown);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && !single(part.strip())) {
                return false;
            }
        }
        return true;
    }

    private boolean single(String text) {
        return NO_LETTERS.matcher(text).matches() || stored.contains(text) || EMAIL.matcher(text).matches()
                || POSTCODE.matcher(text).matches() || PHONE.matcher(text).matches() || DATE.matcher(text).matches();
    }
}
