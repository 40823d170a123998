package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every page of {@link AccessibilityBrowserIT} again, for a browser that asks for Welsh and has chosen
 * Cymraeg: zero axe violations, and the page declares a valid language ({@code html-has-lang},
 * {@code html-lang-valid} pass; {@code valid-lang}, for parts in another language, is not violated).
 */
class WelshAccessibilityBrowserIT extends AccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
        Map<String, List<String>> lang = languageRules();
        assertThat(lang.get("passes")).as("language rules passed on %s", page).contains("html-has-lang", "html-lang-valid");
        assertThat(lang.get("violations")).as("language rules violated on %s", page).isEmpty();
        assertThat(lang.get("lang")).as("<html lang> on %s", page).singleElement().asString().isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> languageRules() {
        return (Map<String, List<String>>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: ['html-has-lang', 'html-lang-valid', 'valid-lang']}})
                   .then(r => done({passes: r.passes.map(p => p.id), violations: r.violations.map(v => v.id),
                                    lang: [document.documentElement.lang]}))
                   .catch(e => done({passes: [], violations: ['axe failed: ' + e], lang: []}));
                """);
    }
}
