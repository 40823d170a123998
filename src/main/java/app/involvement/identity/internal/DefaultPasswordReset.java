package app.involvement.identity.internal;

import app.involvement.identity.PasswordPolicy;
import app.involvement.identity.PasswordReset;
import app.involvement.identity.PasswordResetRequested;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.EmailAddress;
import app.involvement.shared.Limits;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultPasswordReset implements PasswordReset {

    private final PasswordResetTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    DefaultPasswordReset(PasswordResetTokenRepository tokens, UserAccountRepository accounts, PasswordEncoder encoder,
            IdentityProperties properties, ApplicationEventPublisher events, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void request(String rawEmail) {
        if (!EmailAddress.isValid(rawEmail)) {
            return;
        }
        String email = EmailAddress.normalise(rawEmail);
        audit.record("PASSWORD_RESET_REQUESTED", null, null, email, null);
        accounts.findByEmail(email).ifPresent(account -> {
            String token = OneTimeTokens.newToken();
            Instant now = clock.instant();
            Instant expiresAt = now.plus(properties.passwordResetValidity());
            tokens.save(new PasswordResetToken(account.getId(), OneTimeTokens.hash(token), expiresAt, now));
            events.publishEvent(new PasswordResetRequested(email, account.getDisplayName(),
                    properties.link("reset-password", token), expiresAt));
        });
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
        reset.use(clock.instant());
        account.changePassword(encoder.encode(newPassword));
        audit.record("PASSWORD_RESET", null, account.getEmail(), account.getEmail(), null);
    }

    private Optional<PasswordResetToken> find(String token) {
        if (!OneTimeTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(OneTimeTokens.hash(token)).filter(t -> t.isUsableAt(clock.instant()));
    }
}
