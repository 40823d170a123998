package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.shared.Language;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PortalTranslationsTest {

    private static final Locale EN = Language.ENGLISH.locale();
    private static final Locale CY = Language.WELSH.locale();

    private final PortalTranslations translations = new PortalTranslations();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PortalTranslations.class);
    private Locale jvmLocale;

    @BeforeEach
    void captureLog() {
        jvmLocale = Locale.getDefault();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
        Locale.setDefault(jvmLocale);
    }

    @Test
    void providesBritishEnglishFirst_thenWelsh() {
        assertThat(translations.getProvidedLocales()).containsExactly(EN, CY);
    }

    @Test
    void welshTexts_comeFromTheWelshBundle() {
        assertThat(translations.getTranslation("language.switch", CY)).isEqualTo("Cymraeg");
        assertThat(translations.getTranslation("language.switch", EN)).isEqualTo("English");
        assertThat(translations.getTranslation("language.default.changed", CY, "Cymraeg"))
                .isEqualTo("Yr iaith ddiofyn bellach yw Cymraeg");
    }

    @Test
    void anUnsupportedLocale_readsEnglish_evenOnAWelshServer() {
        Locale.setDefault(CY);
        assertThat(translations.getTranslation("language.switch", Locale.US)).isEqualTo("English");
        assertThat(translations.getTranslation("language.switch", Locale.FRANCE)).isEqualTo("English");
        assertThat(translations.getTranslation("language.switch", Locale.ROOT)).isEqualTo("English");
    }

    @Test
    void aKeyMissingInWelsh_showsTheEnglishText_andIsLoggedOnce() {
        String key = "test.only-in-english";
        String english = "This text has no Welsh translation";
        var withEnglishOnly = new PortalTranslations(
                java.util.Map.of(Language.ENGLISH, properties(key, english), Language.WELSH, properties()));

        assertThat(withEnglishOnly.getTranslation(key, CY)).isEqualTo(english);
        assertThat(withEnglishOnly.getTranslation(key, CY)).isEqualTo(english);
        assertThat(withEnglishOnly.getTranslation(key, CY)).isEqualTo(english);

        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains(key)).hasSize(1);
    }

    @Test
    void aKeyMissingEverywhere_showsNoPlaceholder() {
        String text = translations.getTranslation("test.no-such-key", CY);
        assertThat(text).doesNotContain("!").isEqualTo("test.no-such-key");
        assertThat(translations.getTranslation(null, EN)).isEmpty();
    }

    private static java.util.Properties properties(String... keyValues) {
        var properties = new java.util.Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }
}
