package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link FeedbackAccessibilityBrowserIT} again, in Welsh. */
class WelshFeedbackAccessibilityBrowserIT extends FeedbackAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
