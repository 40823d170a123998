package app.involvement.identity.internal;

import app.involvement.pool.internal.BulkDemoPartners;
import app.involvement.tenancy.ProviderService;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Bulk Demo University" with its 10,000 partners and its coordinator login, made once per database. */
public final class BulkProviderForTests {

    public static final String COORDINATOR = BulkDemoLogin.EMAIL;

    private BulkProviderForTests() {
    }

    public static void ensure(ApplicationContext context) {
        var providers = context.getBean(ProviderService.class);
        new BulkDemoPartners(10_000, providers, context.getBean(JdbcTemplate.class), context.getBean(Clock.class)).run(null);
        new BulkDemoLogin(context.getBean(DemoAccounts.class), context.getBean(UserAccountRepository.class), providers)
                .run(null);
    }
}
