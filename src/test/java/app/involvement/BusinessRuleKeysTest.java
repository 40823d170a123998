package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Refusals and notices reach people in their language: every message key a {@code BusinessRuleException}
 * is thrown with is in the English bundle, and no notice is shown with a string written in the code.
 * (Pages and dialogs are checked on screen by {@link BundleTextsOnlyTest}; a refusal only appears there
 * when a test provokes it.)
 */
class BusinessRuleKeysTest {

    private static final Pattern THROWN_KEY = Pattern.compile("new BusinessRuleException\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL_NOTICE = Pattern.compile("Notices\\.(success|error)\\(\\s*\"");

    @Test
    void everyRefusalKey_isInTheBundle_andNoNoticeIsWrittenInCode() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        List<String> literalNotices = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                var thrown = THROWN_KEY.matcher(code);
                while (thrown.find()) {
                    keys++;
                    if (english.getProperty(thrown.group(1), "").isBlank()) {
                        missing.add(source.getFileName() + ": " + thrown.group(1));
                    }
                }
                if (LITERAL_NOTICE.matcher(code).find()) {
                    literalNotices.add(source.getFileName().toString());
                }
            }
        }
        assertThat(keys).as("refusal keys found in the code").isGreaterThan(20);
        assertThat(missing).as("refusal keys missing from the English bundle").isEmpty();
        assertThat(literalNotices).as("notices with a text written in the code").isEmpty();
    }
}
