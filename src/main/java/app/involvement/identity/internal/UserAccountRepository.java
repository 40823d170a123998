package app.involvement.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByPlatformRole(app.involvement.identity.Role role);

    java.util.List<UserAccount> findByPlatformRoleOrderByDisplayName(app.involvement.identity.Role role,
            org.springframework.data.domain.Limit limit);

    /** Counts a wrong password in one atomic update (no read, no version check), unless the account is locked. */
    @Transactional
    @Modifying
    @Query("update UserAccount a set a.failedLoginCount = a.failedLoginCount + 1 where a.email = :email"
            + " and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int countFailedLogin(String email, Instant now);

    /** Locks the account if it has reached {@code max} wrong passwords; only one of several concurrent callers gets 1. */
    @Transactional
    @Modifying
    @Query("update UserAccount a set a.lockedUntil = :until, a.failedLoginCount = 0 where a.email = :email"
            + " and a.failedLoginCount >= :max")
    int lockIfTooManyFailures(String email, int max, Instant until);

    @Transactional
    @Modifying
    @Query("update UserAccount a set a.failedLoginCount = 0, a.lockedUntil = null where a.id = :id")
    int clearFailedLogins(Long id);

    /** The stored code, possibly unknown; empty when the person never chose. */
    @Query("select a.language from UserAccount a where a.id = :id")
    Optional<String> findLanguage(Long id);

    /** One query per request: the account's password stamp and, if named, the role of its membership. */
    @Query("select new app.involvement.identity.internal.SessionState(u.credentialsVersion, m.role)"
            + " from UserAccount u left join Membership m on m.id = :membershipId and m.userId = u.id"
            + " where u.id = :userId")
    Optional<SessionState> findSessionState(Long userId, Long membershipId);
}
