package app.involvement.pool;

import app.involvement.identity.Invitations;
import app.involvement.shared.privacy.DataSubject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * The current provider's pool, for staff. Leads and coordinators run it; finance may read it but never
 * sees experience categories or staff notes.
 */
public interface Pool {

    /** One page of partners, at most {@link PartnerLimits#PAGE_SIZE_MAX}; one query. */
    List<PartnerRow> list(PoolFilter filter, Pageable pageable);

    /** How many partners match; one query. */
    long count(PoolFilter filter);

    long countActive();

    /**
     * The whole record, for leads and coordinators (finance is refused: it holds health-related data).
     * Empty for an unknown id and for another provider's partner alike.
     */
    Optional<PartnerDetails> find(Long partnerId);

    /**
     * Who the partner is as the subject of a copy of their data (ids and e-mail address), for the provider's lead
     * only. Empty for an unknown id and for another provider's partner alike.
     */
    Optional<DataSubject> dataSubject(Long partnerId);

    /** Contact details, status and payment choice only: what finance may see (DD006, DD012). */
    Optional<PartnerPaymentContact> findPaymentContact(Long partnerId);

    /**
     * Payment contacts of these partners (one query), for lists of claims and payment runs; ids this provider does
     * not hold are left out.
     */
    Map<Long, PartnerPaymentContact> paymentContacts(Collection<Long> partnerIds);

    /** Assisted entry for a person who will not log in; starts as an applicant. Returns the new id. */
    Long add(PartnerProfile profile, String staffNotes);

    /**
     * Saves a correction to the record, with the reason the person or staff gave (required, at most
     * {@link PartnerLimits#CORRECTION_REASON}); the audit entry {@code PARTNER_CORRECTED} names the fields changed and
     * the reason, never their old or new values (DD050). Changing or removing its e-mail address withdraws the open
     * invitation sent for this record (the link would reach the old address).
     *
     * @return true when such an invitation was withdrawn, for telling the person who saved
     */
    boolean update(Long partnerId, PartnerProfile profile, String staffNotes, String reason);

    /**
     * A staff member opens a partner's sensitive information on purpose: returns the record and records who looked
     * ({@code SENSITIVE_DATA_VIEWED} in the audit log and a {@link SensitiveDataViewed} event the partner's own
     * "who has looked" list is kept from, DD050). Refused like {@link #find} for another provider's id.
     */
    PartnerDetails openSensitive(Long partnerId, SensitiveSection section);

    /**
     * Invites the person of this record (which has an e-mail address and no login yet) to log in;
     * accepting links this record and no other.
     */
    Invitations.Sent inviteToLogIn(Long partnerId);

    /**
     * After a session that counts as involvement: sets these partners' "last involved" day to {@code on}, never
     * moving it backwards. Ids this provider does not hold are ignored. Called by the sessions module, which pool
     * may not depend on.
     */
    void recordInvolvement(Collection<Long> partnerIds, LocalDate on);

    /** Moves a partner to another status, with date and reason, and records who did it. */
    void changeStatus(Long partnerId, PartnerStatus to, LocalDate on, String reason);
}
