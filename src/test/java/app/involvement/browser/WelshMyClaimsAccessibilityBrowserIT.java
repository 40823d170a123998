package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link MyClaimsAccessibilityBrowserIT} again, in Welsh. */
class WelshMyClaimsAccessibilityBrowserIT extends MyClaimsAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
