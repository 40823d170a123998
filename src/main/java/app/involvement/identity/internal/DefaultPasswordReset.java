package app.involvement.identity.internal;

import app.involvement.identity.PasswordPolicy;
import app.involvement.identity.PasswordReset;
import app.involvement.identity.PasswordResetRequested;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.EmailAddress;
import app.involvement.shared.Limits;
import java.time.Clock;
import java.time.Duration;
import app.involvement.shared.Language;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultPasswordReset implements PasswordReset {

    private static final long KEEP_NONE = 0;

    private final PasswordResetTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final ThrottleCounters counters;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    DefaultPasswordReset(PasswordResetTokenRepository tokens, UserAccountRepository accounts, PasswordEncoder encoder,
            IdentityProperties properties, ThrottleCounters counters, ApplicationEventPublisher events, Audit audit,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.counters = counters;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void request(String email) {
        request(email, null);
    }

    @Override
    public void request(String rawEmail, String address) {
        if (!EmailAddress.isValid(rawEmail)) {
            return;
        }
        String email = EmailAddress.normalise(rawEmail);
        String from = address == null ? null : "from " + address;
        if (tooMany(email, address)) {
            audit.record("PASSWORD_RESET_THROTTLED", null, null, email, from);
            return;
        }
        audit.record("PASSWORD_RESET_REQUESTED", null, null, email, from);
        accounts.findByEmail(email).ifPresent(account -> {
            String token = OneTimeTokens.newToken();
            Instant now = clock.instant();
            Instant expiresAt = now.plus(properties.passwordResetValidity());
            tokens.revokeOpen(account.getId(), KEEP_NONE, now);
            tokens.save(new PasswordResetToken(account.getId(), OneTimeTokens.hash(token), expiresAt, now));
            events.publishEvent(new PasswordResetRequested(email, account.getDisplayName(),
                    properties.link("reset-password", token), expiresAt, account.getLanguage().orElse(Language.ENGLISH)));
        });
    }

    /** Counts the request for the account and the address, whether or not the account exists. */
    private boolean tooMany(String email, String address) {
        Duration window = properties.resetRequestWindow();
        int forAccount = counters.hit(ThrottleCounters.bucket("reset-account", email), window);
        int fromAddress = address == null ? 0 : counters.hit(ThrottleCounters.bucket("reset-address", address), window);
        return forAccount > properties.resetRequestsPerAccount() || fromAddress > properties.resetRequestsPerAddress();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return find(token).isPresent();
    }

    @Override
    public void reset(String token, String newPassword) {
        PasswordResetToken reset = find(token).orElseThrow(() -> new BusinessRuleException("link.unusable"));
        UserAccount account = accounts.findById(reset.getUserId()).orElseThrow(() -> new BusinessRuleException("link.unusable"));
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new BusinessRuleException(problem, Limits.PASSWORD_MIN, Limits.PASSWORD_MAX);
        });
        Instant now = clock.instant();
        reset.use(now);
        account.changePassword(encoder.encode(newPassword));
        tokens.revokeOpen(account.getId(), reset.getId(), now);
        audit.record("PASSWORD_RESET", null, account.getEmail(), account.getEmail(), null);
    }

    private Optional<PasswordResetToken> find(String token) {
        if (!OneTimeTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(OneTimeTokens.hash(token)).filter(t -> t.isUsableAt(clock.instant()));
    }
}
