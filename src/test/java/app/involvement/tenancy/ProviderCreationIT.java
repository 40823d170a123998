package app.involvement.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Only the platform admin creates providers, whichever screen or service calls the provider service. */
class ProviderCreationIT extends IntegrationTestBase {

    @Autowired
    private ProviderService providers;

    @Test
    void aLead_cannotCreateAProvider() {
        String code = code();
        assertThatThrownBy(() -> as(DemoLogins.NB_LEAD, () -> providers.create(provider(code))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(code)).isZero();
    }

    @Test
    void nobodySignedIn_cannotCreateAProvider() {
        String code = code();
        assertThatThrownBy(() -> providers.create(provider(code)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(count(code)).isZero();
    }

    @Test
    void thePlatformAdmin_createsAProvider() {
        String code = code();
        ProviderSummary created = as(DemoLogins.PLATFORM, () -> providers.create(provider(code)));
        assertThat(created.shortCode()).isEqualTo(code);
        assertThat(count(code)).isOne();
    }

    private static String code() {
        return "C" + System.nanoTime() % 100000;
    }

    private static NewProvider provider(String code) {
        return new NewProvider("Coldharbour College " + code, code, "Cara Contact", "cara@coldharbour.example", null);
    }

    private long count(String code) {
        return jdbc.queryForObject("select count(*) from provider where short_code = ?", Long.class, code);
    }
}
