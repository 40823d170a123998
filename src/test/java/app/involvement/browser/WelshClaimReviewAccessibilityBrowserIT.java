package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page and dialog of {@link ClaimReviewAccessibilityBrowserIT} again, in Welsh. */
class WelshClaimReviewAccessibilityBrowserIT extends ClaimReviewAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
