package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link ErasureAccessibilityBrowserIT} again, in Welsh. */
class WelshErasureAccessibilityBrowserIT extends ErasureAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
