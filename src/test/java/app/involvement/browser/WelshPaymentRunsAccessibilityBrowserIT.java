package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page and dialog of {@link PaymentRunsAccessibilityBrowserIT} again, in Welsh. */
class WelshPaymentRunsAccessibilityBrowserIT extends PaymentRunsAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
