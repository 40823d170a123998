package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Content-Security-Policy lets the portal work (every browser test fails on a logged violation,
 * see {@link BrowserTestBase}) and blocks what an attacker would inject.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @Test
    void anInjectedInlineScriptDoesNotRun_andTheViolationIsSeen() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));

        js().executeScript("""
                const s = document.createElement('script');
                s.textContent = 'window.injected = true;';
                document.body.appendChild(s);
                """);

        assertThat(js().executeScript("return window.injected === true;")).isEqualTo(false);
        assertThat(cspViolations()).anySatisfy(v -> assertThat(v).contains("script-src"));
    }
}
