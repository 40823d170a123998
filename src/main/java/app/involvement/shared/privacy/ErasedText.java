package app.involvement.shared.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Finds erased values (names, e-mail, phone, postcode) in free text and replaces them, ignoring case, as whole
 * words: "Sam" is replaced in "Sam said" but not in "the same" or "Samira". Longer values first, so "Sam Taylor"
 * becomes one replacement rather than two. Used by the erasers that cannot simply clear a column because the text
 * is about others too (audit details, mail bodies, staff notes on a session). DD048.
 */
public final class ErasedText {

    /** Values shorter than this are not searched for (a one-letter initial would match everywhere). */
    public static final int SHORTEST = 2;

    private ErasedText() {
    }

    /** The values worth searching for: trimmed, not blank, at least {@link #SHORTEST} long, longest first. */
    public static List<String> usable(List<String> values) {
        return values.stream().filter(v -> v != null && v.strip().length() >= SHORTEST).map(String::strip)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static boolean mentions(String text, List<String> values) {
        if (text == null) {
            return false;
        }
        for (String value : usable(values)) {
            if (pattern(value).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text with every erased value replaced by {@code replacement}; null stays null. */
    public static String replace(String text, List<String> values, String replacement) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : usable(values)) {
            result = pattern(value).matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return result;
    }

    private static Pattern pattern(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Replaces the erased values in some text columns of the rows of one table that match {@code where} (which
     * names the tenant itself: native SQL is not tenant-filtered, DD001). Reads only the rows whose text contains a
     * value (a case-insensitive LIKE), changes them in Java (whole words) and writes back the changed ones.
     *
     * @return how many rows were changed
     */
    public static int replaceInColumns(NamedParameterJdbcTemplate jdbc, String table, List<String> columns,
            String where, MapSqlParameterSource parameters, List<String> values, String replacement) {
        List<String> usable = usable(values);
        if (usable.isEmpty()) {
            return 0;
        }
        var params = new MapSqlParameterSource(parameters.getValues());
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            params.addValue("erased" + i, "%" + usable.get(i).toLowerCase(Locale.ROOT) + "%");
            for (String column : columns) {
                likes.add("lower(" + column + ") like :erased" + i);
            }
        }
        String sql = "select id, " + String.join(", ", columns) + " from " + table + " where (" + where + ") and ("
                + String.join(" or ", likes) + ")";
        List<Map<String, Object>> rows = jdbc.queryForList(sql, params);
        int changed = 0;
        for (Map<String, Object> row : rows) {
            Map<String, Object> updates = new LinkedHashMap<>();
            for (String column : columns) {
                Object value = row.get(column);
                if (value instanceof String text) {
                    String replaced = replace(text, usable, replacement);
                    if (!replaced.equals(text)) {
                        updates.put(column, replaced);
                    }
                }
            }
            if (!updates.isEmpty()) {
                var update = new MapSqlParameterSource("id", row.get("id"));
                List<String> sets = new ArrayList<>();
                updates.forEach((column, value) -> {
                    sets.add(column + " = :" + column);
                    update.addValue(column, value);
                });
                jdbc.update("update " + table + " set " + String.join(", ", sets) + " where id = :id", update);
                changed++;
            }
        }
        return changed;
    }

    /** "partner 42": how erased text refers to the person from now on. */
    public static String partnerReference(DataSubject subject) {
        return "partner " + subject.partnerId();
    }
}
