package app.involvement;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Texts made from the Welsh bundle outside a page ({@code shared.BundleTexts}: the evidence tables every module
 * contributes are built in the reader's language before the page shows them, so they carry no pseudo-localisation
 * marks): a text is one when it is a Welsh bundle text, or a Welsh pattern with its placeholders filled. Only Welsh,
 * because the text scan reads the pages in Welsh: an English text typed into a view still fails it.
 */
final class WelshBundleTexts implements Predicate<String> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^{}]*\\}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Set<String> whole = new HashSet<>();
    private final List<Pattern> filled = new ArrayList<>();

    WelshBundleTexts() {
        var bundle = new Properties();
        try (var in = WelshBundleTexts.class.getResourceAsStream("/vaadin-i18n/translations_cy.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String value : bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()) {
            if (value.contains("choice,")) {
                continue;
            }
            String text = value.replace("''", "'").replaceAll("\\s+", " ").strip();
            if (!PLACEHOLDER.matcher(text).find()) {
                whole.add(text);
                continue;
            }
            String[] fixed = PLACEHOLDER.split(text, -1);
            if (LETTER.matcher(String.join("", fixed)).find()) {
                var regex = new StringBuilder();
                for (int i = 0; i < fixed.length; i++) {
                    regex.append(i == 0 ? "" : ".+?").append(Pattern.quote(fixed[i]));
                }
                filled.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
            }
        }
    }

    @Override
    public boolean test(String text) {
        String shown = text.replaceAll("\\s+", " ").strip();
        return whole.contains(shown) || filled.stream().anyMatch(p -> p.matcher(shown).matches());
    }
}
