package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page state of {@link EvidenceAccessibilityBrowserIT} again, in Welsh. */
class WelshEvidenceAccessibilityBrowserIT extends EvidenceAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
