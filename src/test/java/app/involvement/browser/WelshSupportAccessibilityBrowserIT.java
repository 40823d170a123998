package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page and dialog of {@link SupportAccessibilityBrowserIT} again, in Welsh. */
class WelshSupportAccessibilityBrowserIT extends SupportAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
