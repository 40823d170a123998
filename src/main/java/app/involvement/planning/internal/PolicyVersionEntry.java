package app.involvement.planning.internal;

import app.involvement.planning.PolicyFile;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a policy: a document (kept in the database, so every instance can serve it) or text. Lists read
 * versions through a projection without the content; only a download loads the entity.
 */
@Entity
@Table(name = "policy_version")
class PolicyVersionEntry extends TenantScopedEntity {

    @Column(name = "policy_id", nullable = false)
    private Long policyId;
    @Column(name = "version_number", nullable = false)
    private int number;
    @Column(nullable = false)
    private String owner;
    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;
    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;
    private String body;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob")
    private byte[] content;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PolicyVersionEntry() {
    }

    PolicyVersionEntry(Long policyId, int number, String owner, LocalDate approvedOn, LocalDate nextReviewOn,
            String body, String fileName, String contentType, byte[] content, String createdBy, Instant createdAt) {
        this.policyId = policyId;
        this.number = number;
        this.owner = owner;
        this.approvedOn = approvedOn;
        this.nextReviewOn = nextReviewOn;
        this.body = body;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content == null ? null : content.clone();
        this.sizeBytes = content == null ? null : (long) content.length;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    PolicyFile file() {
        return content == null ? null : new PolicyFile(fileName, contentType, content);
    }
}
