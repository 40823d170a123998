package app.involvement.notifications.internal;

import app.involvement.notifications.MailGateway;
import app.involvement.shared.BaseEntity;
import app.involvement.shared.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message in the outbox. Written in the same transaction as the action that caused it, sent
 * afterwards, retried with growing delays. It may carry one attachment (a calendar entry). Its body and attachment are cleared once sent or finally failed, so links do not linger.
 */
@Entity
@Table(name = "mail_message")
class MailMessage extends BaseEntity {

    static final int SUBJECT = 255;
    static final int BODY = 4000;
    static final int ERROR = 500;
    static final int ATTACHMENT_NAME = 100;
    static final int ATTACHMENT_TYPE = 100;

    enum Status { PENDING, SENT, FAILED }

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(nullable = false, length = Limits.EMAIL)
    private String recipient;

    @Column(nullable = false, length = SUBJECT)
    private String subject;

    @Column(length = BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name", length = ATTACHMENT_NAME)
    private String attachmentName;

    @Column(name = "attachment_type", length = ATTACHMENT_TYPE)
    private String attachmentType;

    @Lob
    @Column(name = "attachment_content", columnDefinition = "longblob")
    private byte[] attachmentContent;

    protected MailMessage() {
    }

    MailMessage(Long tenantId, String recipient, String subject, String body, Instant now) {
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.subject = subject.length() > SUBJECT ? subject.substring(0, SUBJECT) : subject;
        this.body = body.length() > BODY ? body.substring(0, BODY) : body;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    MailMessage(Long tenantId, String recipient, String subject, String body, MailGateway.Attachment attachment,
            Instant now) {
        this(tenantId, recipient, subject, body, now);
        if (attachment != null) {
            this.attachmentName = attachment.name();
            this.attachmentType = attachment.contentType();
            this.attachmentContent = attachment.content();
        }
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        body = null;
        attachmentContent = null;
        attempts++;
    }

    /**
     * Schedules another try after 1, 2, 4 … minutes (at most an hour), or gives up after {@code maxAttempts}:
     * then the body is cleared, like a sent one's, and returned so the links it held can be revoked.
     *
     * @return the body of a message that has finally failed, otherwise empty
     */
    Optional<String> failed(String error, int maxAttempts, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > ERROR ? error.substring(0, ERROR) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            String lost = body;
            body = null;
            attachmentContent = null;
            return Optional.ofNullable(lost);
        } else {
            long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
            return Optional.empty();
        }
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    /** The attachment to send with the body, or null for none (and once sent). */
    MailGateway.Attachment getAttachment() {
        return attachmentContent == null ? null
                : new MailGateway.Attachment(attachmentName, attachmentType, attachmentContent);
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
