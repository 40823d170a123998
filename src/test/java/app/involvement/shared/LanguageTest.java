package app.involvement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "cy,              WELSH",
            "cy-GB,           WELSH",
            "CY,              WELSH",
            "cy_GB,           WELSH",
            "en,              ENGLISH",
            "en-US,           ENGLISH",
            "en-GB,           ENGLISH",
    })
    void knownCodes_areTheirLanguage(String code, Language expected) {
        assertThat(Language.fromCode(code)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no language")
    @CsvSource(nullValues = "-", value = {"-", "''", "xx", "fr", "'<script>'", "c", "welsh", "'cy;drop table'"})
    void unknownCodes_areNoChoice_andReadAsEnglish(String code) {
        assertThat(Language.fromCode(code)).isEmpty();
        assertThat(Language.ofCode(code)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "'cy,en;q=0.8',                   WELSH",
            "'cy-GB,cy;q=0.9,en-GB;q=0.8',    WELSH",
            "'en-GB,en;q=0.9,cy;q=0.8',       ENGLISH",
            "'fr-FR,cy;q=0.7,en;q=0.5',       WELSH",
            "'en;q=0.4,cy;q=0.6',             WELSH",
            "'de,fr;q=0.8',                   -",
            "'*',                             -",
            "'cy;q=0,en;q=0.5',               ENGLISH",
            "'this is not a header;;q=x',     -",
            "-,                               -",
    })
    void acceptLanguage_takesTheBrowsersFirstSupportedLanguage(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void locales_areTheUkForms_andOtherLocalesReadAsEnglish() {
        assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.UK);
        assertThat(Language.WELSH.locale().toLanguageTag()).isEqualTo("cy-GB");
        assertThat(Language.of(Locale.US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.forLanguageTag("cy"))).isEqualTo(Language.WELSH);
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
    }
}
