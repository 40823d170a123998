package app.involvement.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByPlatformRole(app.involvement.identity.Role role);

    /** One query per request: the account's password stamp and, if named, the role of its membership. */
    @Query("select new app.involvement.identity.internal.SessionState(u.credentialsVersion, m.role)"
            + " from UserAccount u left join Membership m on m.id = :membershipId and m.userId = u.id"
            + " where u.id = :userId")
    Optional<SessionState> findSessionState(Long userId, Long membershipId);
}
