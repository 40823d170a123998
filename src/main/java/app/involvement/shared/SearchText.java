package app.involvement.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as the search compares them: lower case, accents removed ("Siân" is found by "sian"), spaces
 * collapsed. Stored beside the name so a search is an index
 * range scan on a prefix rather than a scan of every row (DD019).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** The last word of a name: the surname in "Mary Ann Jones". Null for a one-word name. */
    public static String lastWord(String text) {
        String normal = normalise(text);
        if (normal == null || normal.indexOf(' ') < 0) {
            return null;
        }
        return normal.substring(normal.lastIndexOf(' ') + 1);
    }
}
