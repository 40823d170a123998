package app.involvement.identity.internal;

import app.involvement.identity.PasswordReset;
import app.involvement.identity.Role;
import app.involvement.shared.EmailAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database has no one who can log in. When
 * {@code involvement.identity.bootstrap-admin-email} is set and no platform admin exists yet, this
 * creates that account without a password and sends it a link to choose one.
 */
@Component
@Order(0)
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final PasswordReset passwordReset;
    private final Clock clock;
    private final String email;

    PlatformAdminBootstrap(UserAccountRepository accounts, PasswordReset passwordReset, Clock clock,
            @Value("${involvement.identity.bootstrap-admin-email:}") String email) {
        this.accounts = accounts;
        this.passwordReset = passwordReset;
        this.clock = clock;
        this.email = email;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.existsByPlatformRole(Role.PLATFORM_ADMIN)) {
            return;
        }
        String address = EmailAddress.require(email);
        accounts.save(new UserAccount(address, "Platform admin", null, Role.PLATFORM_ADMIN, clock.instant()));
        passwordReset.request(address);
        LOG.info("Created platform admin {}; a link to set the password has been sent", address);
    }
}
