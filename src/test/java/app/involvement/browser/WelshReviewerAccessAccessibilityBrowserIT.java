package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link ReviewerAccessAccessibilityBrowserIT} again, in Welsh. */
class WelshReviewerAccessAccessibilityBrowserIT extends ReviewerAccessAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
