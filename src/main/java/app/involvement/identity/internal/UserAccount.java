package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.shared.BaseEntity;
import app.involvement.shared.Language;
import app.involvement.shared.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who can log in. A platform table: one account may hold memberships in several providers. */
@Entity
@EntityListeners(SessionStateChanges.class)
@Table(name = "user_account")
class UserAccount extends BaseEntity {

    @Column(nullable = false, unique = true, length = Limits.EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = Limits.PERSON_NAME)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "platform_role", length = 20)
    private Role platformRole;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised by every password change; sessions from before it end (see SessionCheck). */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    /** The language the person chose ("en", "cy"); empty until they choose. An unknown code counts as none. */
    @Column(length = 5)
    private String language;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Role platformRole, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformRole = platformRole;
        this.createdAt = createdAt;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.credentialsVersion++;
        this.failedLoginCount = 0;
        this.lockedUntil = null;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getPlatformRole() {
        return platformRole;
    }

    Optional<Language> getLanguage() {
        return Language.fromCode(language);
    }

    void chooseLanguage(Language chosen) {
        this.language = chosen.code();
    }

    long getCredentialsVersion() {
        return credentialsVersion;
    }
}
