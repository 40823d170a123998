package app.involvement.tenancy.internal;

import app.involvement.shared.BaseEntity;
import app.involvement.shared.Language;
import app.involvement.tenancy.ProviderLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An education provider: the tenant. A platform table, so it has no tenant id of its own. */
@Entity
@Table(name = "provider")
public class Provider extends BaseEntity {

    @Column(nullable = false, length = ProviderLimits.NAME)
    private String name;

    @Column(name = "short_code", nullable = false, unique = true, length = ProviderLimits.SHORT_CODE)
    private String shortCode;

    @Column(name = "contact_name", nullable = false, length = ProviderLimits.CONTACT_NAME)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = ProviderLimits.CONTACT_EMAIL)
    private String contactEmail;

    @Column(name = "partner_term", length = ProviderLimits.PARTNER_TERM)
    private String partnerTerm;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** "en" or "cy"; empty or unknown means English (DD016). */
    @Column(name = "default_language", length = 5)
    private String defaultLanguage;

    protected Provider() {
    }

    Provider(String name, String shortCode, String contactName, String contactEmail, String partnerTerm, Instant createdAt) {
        this.name = name;
        this.shortCode = shortCode;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.partnerTerm = partnerTerm;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getShortCode() {
        return shortCode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getPartnerTerm() {
        return partnerTerm;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    Language getDefaultLanguage() {
        return Language.ofCode(defaultLanguage);
    }

    void changeDefaultLanguage(Language language) {
        this.defaultLanguage = language.code();
    }
}
