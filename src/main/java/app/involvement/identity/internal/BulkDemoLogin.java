package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.tenancy.ProviderService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: when the bulk generator has made "Bulk Demo University", a coordinator login for
 * it ({@value #EMAIL}, the demo password), so its 10,000 partners can be tried in the browser. Runs
 * after the generator, hence apart from {@link DemoAccounts}.
 */
@Component
@Profile("demo & !mysql")
@Order(6)
class BulkDemoLogin implements ApplicationRunner {

    static final String EMAIL = "coordinator@bulk.example";

    private final DemoAccounts demoAccounts;
    private final UserAccountRepository accounts;
    private final ProviderService providers;

    BulkDemoLogin(DemoAccounts demoAccounts, UserAccountRepository accounts, ProviderService providers) {
        this.demoAccounts = demoAccounts;
        this.accounts = accounts;
        this.providers = providers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (providers.findByShortCode("BULK").isPresent() && !accounts.existsByEmail(EMAIL)) {
            demoAccounts.member(EMAIL, "Bulk Coordinator", "BULK", Role.COORDINATOR);
        }
    }
}
