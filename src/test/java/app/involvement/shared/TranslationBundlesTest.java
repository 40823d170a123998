package app.involvement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/**
 * Keeps the Welsh and English bundles complete and in step: every key in both, no empty text, the same
 * arguments, no key twice, and Welsh letters read back intact through the mechanisms the application uses.
 */
class TranslationBundlesTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vaadin-i18n/translations", "mail/messages"})
    void welshAndEnglishBundles_haveTheSameKeysTextsAndArguments(String basename) {
        Bundle english = Bundle.read(basename + ".properties");
        Bundle welsh = Bundle.read(basename + "_cy.properties");
        List<String> problems = new ArrayList<>();
        problems.addAll(english.duplicates().stream().map(k -> "twice in English: " + k).toList());
        problems.addAll(welsh.duplicates().stream().map(k -> "twice in Welsh: " + k).toList());
        compare(english, welsh, "Welsh", problems);
        compare(welsh, english, "English", problems);
        english.texts().forEach((key, text) -> checkQuotes(key, text, "English", problems));
        welsh.texts().forEach((key, text) -> checkQuotes(key, text, "Welsh", problems));
        english.texts().forEach((key, text) -> {
            String other = welsh.texts().get(key);
            if (other != null && !arguments(text).equals(arguments(other))) {
                problems.add("arguments differ for " + key + ": English " + arguments(text) + ", Welsh " + arguments(other));
            }
        });
        assertThat(problems).as("problems in %s", basename).isEmpty();
    }

    /**
     * A button's accessible name ({@code key-of}, naming what it acts on) starts with the words it shows
     * ({@code key}), so speech users can say what they see (WCAG 2.5.3 Label in Name).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"translations.properties", "translations_cy.properties"})
    void accessibleNames_beginWithTheVisibleLabel(String file) {
        Map<String, String> texts = Bundle.read("vaadin-i18n/" + file).texts();
        List<String> problems = new ArrayList<>();
        texts.forEach((key, name) -> {
            String visible = key.endsWith("-of") ? texts.get(key.substring(0, key.length() - 3)) : null;
            if (visible != null && !name.toLowerCase(Locale.ROOT).startsWith(visible.toLowerCase(Locale.ROOT))) {
                problems.add(key + " = \"" + name + "\" does not begin with \"" + visible + "\"");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void vaadinOffersEnglishAndWelsh() {
        // Vaadin lists languages from the file names; with only translations_cy it would show everyone Welsh.
        assertThat(I18NUtil.getDefaultTranslationLocales(getClass().getClassLoader()))
                .containsExactlyInAnyOrder(Locale.ENGLISH, WELSH);
    }

    @Test
    void welshLetters_surviveVaadinsTranslationProvider() {
        var provider = new DefaultI18NProvider(List.of(Locale.ENGLISH, WELSH));

        assertThat(provider.getTranslation("login.back", WELSH)).isEqualTo("Yn ôl i fewngofnodi");
        assertThat(provider.getTranslation("menu.experience-categories", WELSH)).isEqualTo("Categorïau profiad");
        assertThat(provider.getTranslation("invitation.lead", WELSH, "Prifysgol Caerdydd", "Cydlynydd", "a@example.org"))
                .isEqualTo("Mae Prifysgol Caerdydd wedi gwahodd a@example.org i ymuno â’r Porth Cyfranogiad fel Cydlynydd.");
        assertThat(provider.getTranslation("home.programmes", WELSH, 3)).isEqualTo("3 o raglenni");
        assertThat(provider.getTranslation("login.back", Locale.ENGLISH)).isEqualTo("Back to log in");
    }

    @Test
    void welshLetters_surviveTheMailMessageSource() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
                .withPropertyValues(messageSettings())
                .run(context -> {
                    MessageSource messages = context.getBean(MessageSource.class);
                    assertThat(messages.getMessage("mail.reset.subject", null, WELSH))
                            .isEqualTo("Ailosod cyfrinair eich Porth Cyfranogiad");
                    assertThat(messages.getMessage("mail.role.PARTNER", new Object[] {"arbenigwyr drwy brofiad"}, WELSH))
                            .isEqualTo("un o’n arbenigwyr drwy brofiad");
                    assertThat(messages.getMessage("mail.invitation.body", new Object[] {"P", "R", "L", "D", "T"}, WELSH))
                            .startsWith("Helo,\n\nMae P yn eich gwahodd i ymuno â’i Borth Cyfranogiad fel R.");
                });
    }

    /** The application's own spring.messages settings, so the test reads the mail bundle as the portal does. */
    private static String[] messageSettings() {
        var settings = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/application.properties")) {
            settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("spring.messages."))
                .map(name -> name + "=" + settings.getProperty(name))
                .toArray(String[]::new);
    }

    private static void compare(Bundle from, Bundle to, String toName, List<String> problems) {
        from.texts().keySet().forEach(key -> {
            String text = to.texts().get(key);
            if (text == null) {
                problems.add("missing in " + toName + ": " + key);
            } else if (text.isBlank()) {
                problems.add("empty in " + toName + ": " + key);
            }
        });
    }

    /** MessageFormat treats a single straight apostrophe as a quote; the bundles write ’ and keep '' for a literal one. */
    private static void checkQuotes(String key, String text, String language, List<String> problems) {
        if (text.replace("''", "").contains("'")) {
            problems.add("single ' in " + language + " (write ’ or ''): " + key);
        }
    }

    /** Argument indices a text uses, outside MessageFormat quotes, including those inside choice formats. */
    static Set<Integer> arguments(String text) {
        String unquoted = text.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    /** A bundle file's texts as {@link Properties} reads them, and the keys its lines define more than once. */
    private record Bundle(Map<String, String> texts, List<String> duplicates) {

        static Bundle read(String resource) {
            Path file = Path.of("src/main/resources", resource);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var properties = new Properties();
                properties.load(reader);
                Map<String, String> texts = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
                return new Bundle(texts, duplicateKeys(Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        private static List<String> duplicateKeys(List<String> lines) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            boolean continued = false;
            for (String line : lines) {
                String trimmed = line.strip();
                boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                if (startsEntry) {
                    String key = trimmed.split("\\s*[=:]", 2)[0].strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                continued = (startsEntry || continued) && endsWithOddBackslashes(line);
            }
            return twice;
        }

        private static boolean endsWithOddBackslashes(String line) {
            int count = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                count++;
            }
            return count % 2 == 1;
        }
    }
}
