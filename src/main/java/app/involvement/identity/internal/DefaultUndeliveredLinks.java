package app.involvement.identity.internal;

import app.involvement.identity.UndeliveredLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Called by the mail dispatcher, not by a person: no role to check. It can only revoke links whose
 * tokens it is given, which only the mail itself held.
 */
@Service
@Transactional
class DefaultUndeliveredLinks implements UndeliveredLinks {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]{1," + OneTimeTokens.MAX_TOKEN_LENGTH + "})");

    private final PasswordResetTokenRepository resetTokens;
    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final Audit audit;
    private final Clock clock;

    DefaultUndeliveredLinks(PasswordResetTokenRepository resetTokens, InvitationRepository invitations,
            UserAccountRepository accounts, Audit audit, Clock clock) {
        this.resetTokens = resetTokens;
        this.invitations = invitations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void revokeLinksIn(String mailText) {
        app.involvement.shared.BackgroundOnly.check();
        if (mailText == null) {
            return;
        }
        Instant now = clock.instant();
        Matcher m = TOKEN.matcher(mailText);
        while (m.find()) {
            String hash = OneTimeTokens.hash(m.group(1));
            resetTokens.findByTokenHash(hash).filter(t -> t.isUsableAt(now)).ifPresent(t -> {
                t.revoke(now);
                String email = accounts.findById(t.getUserId()).map(UserAccount::getEmail).orElse(null);
                audit.record("LINK_REVOKED", null, null, email, "password reset mail not delivered");
            });
            invitations.findByTokenHash(hash).filter(i -> i.isOpenAt(now)).ifPresent(i -> {
                i.revoke(now);
                audit.record("LINK_REVOKED", i.getTenantId(), null, i.getEmail(), "invitation mail not delivered");
            });
        }
    }
}
