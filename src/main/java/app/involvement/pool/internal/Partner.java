package app.involvement.pool.internal;

import app.involvement.pool.AccessNeed;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Limits;
import app.involvement.shared.SearchText;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service user or carer in the provider's pool, with or without a login. */
@Entity
@Table(name = "partner")
class Partner extends TenantScopedEntity {

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "preferred_name", nullable = false, length = PartnerLimits.NAME)
    private String preferredName;

    @Column(name = "full_name", length = PartnerLimits.NAME)
    private String fullName;

    @Column(length = PartnerLimits.PRONOUNS)
    private String pronouns;

    @Column(length = Limits.EMAIL)
    private String email;

    @Column(length = PartnerLimits.PHONE)
    private String phone;

    @Column(length = PartnerLimits.POSTCODE)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PartnerKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PartnerStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_preference", nullable = false, length = 20)
    private ContactPreference contactPreference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "payment_choice", length = 20)
    private PaymentChoice paymentChoice;

    @Convert(converter = AccessNeedsConverter.class)
    @Column(name = "access_needs", length = 200)
    private Set<AccessNeed> accessNeeds = EnumSet.noneOf(AccessNeed.class);

    @Column(name = "access_notes", length = PartnerLimits.ACCESS_NOTES)
    private String accessNotes;

    @Column(name = "staff_notes", length = PartnerLimits.STAFF_NOTES)
    private String staffNotes;

    @Column(name = "consent_version", length = 40)
    private String consentVersion;

    @Column(name = "consent_text", length = 1000)
    private String consentText;

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @Column(name = "last_involved_on")
    private LocalDate lastInvolvedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The names as the search compares them (see {@link SearchText}); kept in step by {@link #apply}. */
    @Column(name = "search_name", length = PartnerLimits.NAME)
    private String searchName;

    @Column(name = "search_full_name", length = PartnerLimits.NAME)
    private String searchFullName;

    @Column(name = "search_surname", length = PartnerLimits.NAME)
    private String searchSurname;

    protected Partner() {
    }

    Partner(PartnerProfile profile, PartnerStatus status, LocalDate statusSince, Instant createdAt) {
        this.status = status;
        this.statusSince = statusSince;
        this.createdAt = createdAt;
        apply(profile);
    }

    /** Takes over a validated, normalised profile. */
    void apply(PartnerProfile p) {
        preferredName = p.preferredName();
        fullName = blankToNull(p.fullName());
        searchName = SearchText.normalise(preferredName);
        searchFullName = SearchText.normalise(fullName);
        searchSurname = SearchText.lastWord(fullName);
        pronouns = blankToNull(p.pronouns());
        email = blankToNull(p.email());
        phone = blankToNull(p.phone());
        postcode = blankToNull(p.postcode());
        kind = p.kind();
        contactPreference = p.contactPreference();
        paymentChoice = p.paymentChoice();
        accessNeeds = p.accessNeeds().isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(p.accessNeeds());
        accessNotes = blankToNull(p.accessNotes());
    }

    PartnerProfile profile(Set<Long> interests) {
        return new PartnerProfile(preferredName, orEmpty(fullName), orEmpty(pronouns), orEmpty(email), orEmpty(phone),
                orEmpty(postcode), kind, contactPreference, paymentChoice, accessNeeds, orEmpty(accessNotes), interests);
    }

    app.involvement.pool.PartnerPaymentContact paymentContact() {
        return new app.involvement.pool.PartnerPaymentContact(getId(), preferredName, orEmpty(fullName), orEmpty(email),
                orEmpty(phone), orEmpty(postcode), contactPreference, status, statusSince, paymentChoice);
    }

    void moveTo(PartnerStatus to, LocalDate on) {
        status = to;
        statusSince = on;
    }

    void linkAccount(Long userId) {
        this.userId = userId;
    }

    void giveConsent(String version, String text, Instant at) {
        consentVersion = version;
        consentText = text;
        consentGivenAt = at;
    }

    void withdrawConsent() {
        consentVersion = null;
        consentText = null;
        consentGivenAt = null;
    }

    void setStaffNotes(String notes) {
        staffNotes = blankToNull(notes);
    }

    void setLastInvolvedOn(LocalDate on) {
        lastInvolvedOn = on;
    }

    Long getUserId() {
        return userId;
    }

    String getPreferredName() {
        return preferredName;
    }

    String getEmail() {
        return email;
    }

    PartnerStatus getStatus() {
        return status;
    }

    LocalDate getStatusSince() {
        return statusSince;
    }

    String getStaffNotes() {
        return staffNotes;
    }

    Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    String getConsentVersion() {
        return consentVersion;
    }

    LocalDate getLastInvolvedOn() {
        return lastInvolvedOn;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
