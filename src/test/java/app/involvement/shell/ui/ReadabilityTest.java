package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.crydee.syllablecounter.SyllableCounter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Flesch reading ease of the English texts that service users and carers read (the partner pages: home,
 * my profile, my availability, log in, password reset, invitation, provider choice). Prints the score of
 * each text and of all of them together, and fails when all together fall below
 * {@link AccessibilityStatementView#READING_EASE} or one sentence-length text is very difficult. The
 * accessibility statement is left out: its compliance and enforcement sentences are the model statement's
 * legally required wording.
 * Why these thresholds: docs/design-decisions/DD017-accessibility-and-plain-language.md.
 */
class ReadabilityTest {

    /** Prefixes of the keys shown on partner pages. Keys ending in ".staff" are the staff wording of a shared field. */
    static final List<String> PARTNER_KEYS = List.of("home.partner.", "my-profile.", "availability.", "pool.field.",
            "pool.payment.", "pool.access.", "pool.contact.", "pool.kind.", "pool.consent.", "login.", "forgot.",
            "reset.", "password.", "invitation.", "choose.", "link.unusable", "email.invalid", "name.invalid",
            "field.", "part.", "my-support.", "my-sessions.", "my-calendar.",
            "my-feedback.", "you-said.", "feedback.rating.",
            "my-claims.", "claim.status.", "expense.category.");

    /** Below 30 is "very difficult" on Flesch's scale (graduate level): no single sentence may be that hard. */
    static final double SENTENCE_FLOOR = 30;

    /** Texts of fewer words are labels, not sentences: they count for the overall score only. */
    static final int SENTENCE_WORDS = 5;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");

    private final SyllableCounter syllables = new SyllableCounter();

    @Test
    void partnerTexts_areEasyToRead() throws IOException {
        Map<String, String> texts = partnerTexts();
        assertThat(texts).hasSizeGreaterThan(100);
        Counts all = new Counts(0, 0, 0);
        List<String> tooHard = new ArrayList<>();
        System.out.println("Flesch reading ease of partner-facing texts (English):");
        for (var text : texts.entrySet()) {
            Counts counts = count(text.getValue());
            if (counts.words == 0) {
                continue;
            }
            all = all.plus(counts);
            System.out.printf(Locale.ROOT, "  %6.1f  %s%n", counts.readingEase(), text.getKey());
            if (counts.words >= SENTENCE_WORDS && counts.readingEase() < SENTENCE_FLOOR) {
                tooHard.add("%s (%.1f): %s".formatted(text.getKey(), counts.readingEase(), text.getValue()));
            }
        }
        System.out.printf(Locale.ROOT, "Overall: %.1f over %d texts, %d words, %d sentences, %d syllables (threshold %d)%n",
                all.readingEase(), texts.size(), all.words, all.sentences, all.syllables,
                AccessibilityStatementView.READING_EASE);
        assertThat(tooHard).as("texts below a Flesch reading ease of %s", SENTENCE_FLOOR).isEmpty();
        assertThat(all.readingEase()).as("overall Flesch reading ease").isGreaterThanOrEqualTo(AccessibilityStatementView.READING_EASE);
    }

    @Test
    void theScore_followsFleschsFormula() {
        // "The cat sat on the mat." 1 sentence, 6 words, 6 syllables: 206.835 - 1.015 * 6 - 84.6 = 116.145
        assertThat(count("The cat sat on the mat.").readingEase()).isCloseTo(116.145, org.assertj.core.data.Offset.offset(0.01));
        Counts hard = count("The Australian platypus is seemingly a hybrid of mammal and reptilian creature.");
        assertThat(hard.words).isEqualTo(12);
        assertThat(hard.readingEase()).isLessThan(50);
        assertThat(count("Save my availability").sentences).as("a label counts as one sentence").isEqualTo(1);
        assertThat(count("You joined on {0}. You can log in now.").sentences).isEqualTo(2);
        assertThat(count("{0}").words).as("placeholders are skipped").isZero();
    }

    Counts count(String text) {
        String plain = PLACEHOLDER.matcher(text).replaceAll(" ").replace("’", "'");
        int words = 0;
        int syllableCount = 0;
        var matcher = WORD.matcher(plain);
        while (matcher.find()) {
            words++;
            syllableCount += Math.max(1, syllables.count(matcher.group().replaceAll("['-]", "")));
        }
        int sentences = (int) SENTENCE_END.matcher(plain.strip()).results().count();
        if (!SENTENCE_END.matcher(plain.strip()).find() || !plain.strip().matches("(?s).*[.!?:;]$")) {
            sentences++;
        }
        return new Counts(words, words == 0 ? 0 : sentences, syllableCount);
    }

    private static Map<String, String> partnerTexts() throws IOException {
        var bundle = new Properties();
        try (InputStream in = ReadabilityTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        bundle.stringPropertyNames().stream()
                .filter(k -> PARTNER_KEYS.stream().anyMatch(k::startsWith))
                .filter(k -> !k.endsWith(".staff") && !k.contains(".staff."))
                .forEach(k -> texts.put(k, bundle.getProperty(k)));
        return texts;
    }

    record Counts(int words, int sentences, int syllables) {

        Counts plus(Counts other) {
            return new Counts(words + other.words, sentences + other.sentences, syllables + other.syllables);
        }

        double readingEase() {
            return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        }
    }
}
