package app.involvement.pool.internal;

import app.involvement.pool.PartnerStatus;
import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.Language;
import app.involvement.shared.SearchText;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anonymises the partner record itself (DD048). The row stays, so what points at it (offers, attendance, claims,
 * feedback ratings) keeps counting: its id, provider, kind (service user or carer, for anonymous figures), the
 * date added, the date last involved and the contact preference stay. Everything that identifies or describes the
 * person goes: the preferred name becomes the neutral "Erased partner" (in the provider's language), full name,
 * pronouns, e-mail, phone, postcode, access needs and notes, staff notes and the consent wording are emptied, the
 * search names are those of the neutral name, the login link is cut, and the status is Left from today (kept if it
 * was already Left). Experience categories and interests are deleted. Status history keeps its dates and statuses;
 * a reason typed by staff becomes "Erased" ("pool.history.erased"), and the person's e-mail as "changed by" becomes
 * "partner {id}".
 */
@Component
class PartnerEraser implements PersonalDataEraser {

    static final int ORDER = 150;
    static final String ERASED_REASON = "pool.history.erased";
    private static final String STANDARD_REASONS = "pool.history.";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    PartnerEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        entityManager.flush();
        var partner = new MapSqlParameterSource("tenant", subject.tenantId()).addValue("partner", subject.partnerId());
        String ofPartner = "tenant_id = :tenant and partner_id = :partner";
        jdbc.update("delete from partner_experience where " + ofPartner, partner);
        jdbc.update("delete from partner_interest where " + ofPartner, partner);
        jdbc.update("update partner_status_change set reason = :erased where " + ofPartner
                + " and reason not like :standard", new MapSqlParameterSource(partner.getValues())
                .addValue("erased", ERASED_REASON).addValue("standard", STANDARD_REASONS + "%"));
        ErasedText.replaceInColumns(jdbc, "partner_status_change", List.of("changed_by"), ofPartner, partner,
                erasedValues, ErasedText.partnerReference(subject));
        String name = erasedName(subject.tenantId());
        jdbc.update("update partner set preferred_name = :name, full_name = null, pronouns = null, email = null,"
                + " phone = null, postcode = null, access_needs = null, access_notes = null, staff_notes = null,"
                + " consent_version = null, consent_text = null, consent_given_at = null, user_id = null, erased_on = :today,"
                + " search_name = :search, search_full_name = null, search_surname = null,"
                + " status_since = case when status = :left then status_since else :today end, status = :left,"
                + " version = version + 1 where tenant_id = :tenant and id = :partner",
                new MapSqlParameterSource(partner.getValues()).addValue("name", name)
                        .addValue("search", SearchText.normalise(name)).addValue("left", PartnerStatus.LEFT.name())
                        .addValue("today", Date.valueOf(LocalDate.now(clock))));
    }

    /** "Erased partner" in the provider's own language (the record is read by its staff). */
    private String erasedName(long tenantId) {
        List<String> codes = jdbc.queryForList("select default_language from provider where id = :tenant",
                new MapSqlParameterSource("tenant", tenantId), String.class);
        Language language = Language.ofCode(codes.isEmpty() ? null : codes.get(0));
        return new BundleTexts(language).get("erasure.blocked.erasedName");
    }
}
