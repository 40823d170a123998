package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.tenancy.ProviderService;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: one login for every role, all with the password {@value #PASSWORD}. The platform
 * admin and the leads must use two-step sign-in, so their authenticator app is set up with the fixed
 * secret {@value #TOTP_SECRET}: add it to any authenticator app (or compute codes with
 * {@code oathtool --totp -b}) to log in as them.
 */
@Component
@Profile("demo & !mysql")
@Order(2)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "involve-demo-2026";
    static final String TOTP_SECRET = "INVOLVEMENTDEMOTOTPSECRETFORDEMO";
    static final List<String> TWO_STEP_ACCOUNTS = List.of(
            "platform@platform.example", "lead@northbridge.example", "lead@southmoor.example");

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final SecondFactorRepository secondFactors;
    private final ProviderService providers;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private String hash;

    DemoAccounts(UserAccountRepository accounts, MembershipRepository memberships, SecondFactorRepository secondFactors,
            ProviderService providers, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.secondFactors = secondFactors;
        this.providers = providers;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.existsByEmail("platform@platform.example")) {
            createAccounts();
        }
        TWO_STEP_ACCOUNTS.forEach(email -> accounts.findByEmail(email)
                .filter(account -> !secondFactors.existsByUserId(account.getId()))
                .ifPresent(account -> secondFactors.save(new SecondFactor(account.getId(), TOTP_SECRET, 0, clock.instant()))));
    }

    private void createAccounts() {
        platform("platform@platform.example", "Pat Platform", Role.PLATFORM_ADMIN);
        platform("reviewer@hcpc.example", "Rhiannon Reviewer", Role.REVIEWER);
        member("lead@northbridge.example", "Asha Patel", "NBU", Role.LEAD);
        member("coordinator@northbridge.example", "Colin Okafor", "NBU", Role.COORDINATOR);
        member("finance@northbridge.example", "Fiona Brennan", "NBU", Role.FINANCE);
        member("partner@northbridge.example", "Sam Taylor", "NBU", Role.PARTNER);
        member("carer@northbridge.example", "Maria Lopez", "NBU", Role.PARTNER);
        member("lead@southmoor.example", "Gareth Hughes", "SMC", Role.LEAD);
        member("coordinator@southmoor.example", "Nia Evans", "SMC", Role.COORDINATOR);
        member("partner@southmoor.example", "Dev Sharma", "SMC", Role.PARTNER);
        member("both@partners.example", "Jo Bennett", "NBU", Role.PARTNER);
        member("both@partners.example", "Jo Bennett", "SMC", Role.PARTNER);
    }

    private void platform(String email, String name, Role role) {
        accounts.save(new UserAccount(email, name, hash(), role, clock.instant()));
    }

    /** Gives the demo account (created if new) a role in the provider with this short code. */
    void member(String email, String name, String providerCode, Role role) {
        UserAccount account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.save(new UserAccount(email, name, hash(), null, clock.instant())));
        Long tenantId = providers.findByShortCode(providerCode).orElseThrow().id();
        memberships.save(new Membership(tenantId, account.getId(), role, clock.instant()));
    }

    /** One Argon2 hash serves every demo account: hashing is deliberately slow. */
    private String hash() {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        return hash;
    }
}
