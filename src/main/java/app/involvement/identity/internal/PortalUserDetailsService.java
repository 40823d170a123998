package app.involvement.identity.internal;

import app.involvement.identity.PortalUser;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        String email = normalise(username);
        return accounts.findByEmail(email)
                .filter(a -> a.getPasswordHash() != null)
                .map(a -> new PortalUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getPasswordHash(),
                        a.isLockedAt(clock.instant()), a.getPlatformRole(), null, a.getCredentialsVersion()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
