package app.involvement.tenancy.internal;

import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderService;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Demo profile only: two providers, created once. */
@Component
@Profile("demo & !mysql")
@Order(1)
class DemoProviders implements ApplicationRunner {

    static final String NORTHBRIDGE = "NBU";
    static final String SOUTHMOOR = "SMC";

    private final ProviderService providers;

    DemoProviders(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public void run(ApplicationArguments args) {
        asPlatformAdmin(() -> {
            if (providers.findByShortCode(NORTHBRIDGE).isEmpty()) {
                providers.create(new NewProvider("Northbridge University", NORTHBRIDGE, "Asha Patel",
                        "involvement@northbridge.example", null));
            }
            if (providers.findByShortCode(SOUTHMOOR).isEmpty()) {
                providers.create(new NewProvider("Southmoor College", SOUTHMOOR, "Gareth Hughes",
                        "involvement@southmoor.example", "experts by experience"));
            }
        });
    }

    /** Onboards as the platform admin would; creating a provider checks the caller's role. */
    private static void asPlatformAdmin(Runnable body) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-seed", null,
                List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            body.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
