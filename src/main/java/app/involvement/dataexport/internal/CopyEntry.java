package app.involvement.dataexport.internal;

import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One copy made, waiting for its one download (DD045). Only the hash of the link's token is kept. */
@Entity
@Table(name = "personal_data_copy")
class CopyEntry extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean downloaded;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] content;

    protected CopyEntry() {
    }

    CopyEntry(Long partnerId, Long requestedBy, String tokenHash, Instant createdAt, Instant expiresAt,
            String fileName, byte[] content) {
        this.partnerId = partnerId;
        this.requestedBy = requestedBy;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.fileName = fileName;
        this.content = content.clone();
    }

    /** True while the link may still be used by {@code userId} at {@code now}. */
    boolean usableBy(Long userId, Instant now) {
        return !downloaded && content != null && requestedBy.equals(userId) && now.isBefore(expiresAt);
    }

    /** Hands the content out once: afterwards the row keeps no copy. */
    byte[] take() {
        byte[] taken = content;
        content = null;
        downloaded = true;
        return taken;
    }

    Long partnerId() {
        return partnerId;
    }

    Long requestedBy() {
        return requestedBy;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean downloaded() {
        return downloaded;
    }

    boolean hasContent() {
        return content != null;
    }

    String fileName() {
        return fileName;
    }
}
