package app.involvement.pool;

import app.involvement.shared.privacy.DataSubject;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in partner's own record in the current provider, found by their account, never by an id.
 */
public interface MyProfile {

    /** The wording version stored with each consent; change it whenever the wording changes. */
    String CONSENT_VERSION = "experience-consent-v1";

    /** Empty when the person has no partner record in this provider. */
    Optional<PartnerDetails> get();

    /** Only the id of the person's partner record in this provider (one small query); empty without one. */
    Optional<Long> id();

    /** The person as the subject of a copy of their data in this provider; empty without a partner record here. */
    Optional<DataSubject> dataSubject();

    void save(PartnerProfile profile);

    /**
     * Records explicit consent with the exact wording shown and stores the chosen experience categories.
     * Called again with consent in force, it replaces the categories.
     */
    void giveConsent(String wordingShown, Set<Long> experienceCategories);

    /** Withdraws consent: deletes the categories and the consent record, and writes an audit entry. */
    void withdrawConsent();
}
