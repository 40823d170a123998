package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link PrivacyAccessibilityBrowserIT} again, in Welsh. */
class WelshPrivacyAccessibilityBrowserIT extends PrivacyAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
