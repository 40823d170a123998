package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link InsightsAccessibilityBrowserIT} again, in Welsh. */
class WelshInsightsAccessibilityBrowserIT extends InsightsAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
