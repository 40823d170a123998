package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.tenancy.ProviderService;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: when the bulk generator has made "Bulk Demo University", a coordinator login for
 * it ({@value #EMAIL}, the demo password), so its 10,000 partners can be tried in the browser.
 */
@Component
@Profile("demo & !mysql")
@Order(6)
class BulkDemoLogin implements ApplicationRunner {

    static final String EMAIL = "coordinator@bulk.example";

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final ProviderService providers;
    private final PasswordEncoder encoder;
    private final Clock clock;

    BulkDemoLogin(UserAccountRepository accounts, MembershipRepository memberships, ProviderService providers,
            PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.providers = providers;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        providers.findByShortCode("BULK").filter(bulk -> !accounts.existsByEmail(EMAIL)).ifPresent(bulk -> {
            UserAccount account = accounts.save(new UserAccount(EMAIL, "Bulk Coordinator",
                    encoder.encode(DemoAccounts.PASSWORD), null, clock.instant()));
            memberships.save(new Membership(bulk.id(), account.getId(), Role.COORDINATOR, clock.instant()));
        });
    }
}
