package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link DataExportAccessibilityBrowserIT} again, in Welsh. */
class WelshDataExportAccessibilityBrowserIT extends DataExportAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
