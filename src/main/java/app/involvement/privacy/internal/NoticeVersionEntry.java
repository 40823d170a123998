package app.involvement.privacy.internal;

import app.involvement.privacy.NoticeVersion;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One published version of a provider's privacy notice; never changed once published. */
@Entity
@Table(name = "privacy_notice_version")
class NoticeVersionEntry extends TenantScopedEntity {

    @Column(name = "version_number", nullable = false)
    private int number;
    @Column(name = "text_en", nullable = false)
    private String textEnglish;
    @Column(name = "text_cy", nullable = false)
    private String textWelsh;
    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;
    @Column(name = "published_by", nullable = false)
    private String publishedBy;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected NoticeVersionEntry() {
    }

    NoticeVersionEntry(int number, String textEnglish, String textWelsh, LocalDate publishedOn, String publishedBy,
            Instant publishedAt) {
        this.number = number;
        this.textEnglish = textEnglish;
        this.textWelsh = textWelsh;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    NoticeVersion view() {
        return new NoticeVersion(number, textEnglish, textWelsh, publishedOn, publishedBy);
    }
}
