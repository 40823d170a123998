package app.involvement.browser;

import org.junit.jupiter.api.BeforeEach;

/** Every page of {@link PlanningAccessibilityBrowserIT} again, in Welsh. */
class WelshPlanningAccessibilityBrowserIT extends PlanningAccessibilityBrowserIT {

    @BeforeEach
    void inWelsh() {
        useWelsh();
    }

    @Override
    protected void assertAccessible(String page) {
        super.assertAccessible("cy-" + page);
    }
}
