package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link RateCardAccessibilityBrowserIT} again, in Welsh. */
class WelshRateCardAccessibilityBrowserIT extends RateCardAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
