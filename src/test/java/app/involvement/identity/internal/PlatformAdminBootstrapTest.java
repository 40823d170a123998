package app.involvement.identity.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.involvement.identity.PasswordReset;
import app.involvement.identity.Role;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A fresh production database gets its first platform admin, once, with a link to set a password. */
class PlatformAdminBootstrapTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordReset passwordReset = mock(PasswordReset.class);

    @Test
    void withoutAnyPlatformAdmin_createsOneAndSendsALink() {
        when(accounts.existsByPlatformRole(Role.PLATFORM_ADMIN)).thenReturn(false);
        bootstrap(" Admin@Example.org ").run(null);
        verify(accounts).save(any(UserAccount.class));
        verify(passwordReset).request("admin@example.org");
    }

    @Test
    void onceAPlatformAdminExists_doesNothing() {
        when(accounts.existsByPlatformRole(Role.PLATFORM_ADMIN)).thenReturn(true);
        bootstrap("admin@example.org").run(null);
        verify(accounts, never()).save(any());
        verify(passwordReset, never()).request(any());
    }

    @Test
    void withoutTheSetting_doesNothing() {
        bootstrap("").run(null);
        verify(accounts, never()).save(any());
    }

    private PlatformAdminBootstrap bootstrap(String email) {
        return new PlatformAdminBootstrap(accounts, passwordReset, Clock.systemUTC(), email);
    }
}
