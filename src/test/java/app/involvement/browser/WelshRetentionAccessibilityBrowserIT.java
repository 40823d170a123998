package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link RetentionAccessibilityBrowserIT} again, in Welsh. */
class WelshRetentionAccessibilityBrowserIT extends RetentionAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
