package app.involvement.pool;

import java.time.LocalDate;
import java.util.List;
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

    /** Contact details, status and payment choice only: what finance may see (DD006, DD012). */
    Optional<PartnerPaymentContact> findPaymentContact(Long partnerId);

    /** Assisted entry for a person who will not log in; starts as an applicant. Returns the new id. */
    Long add(PartnerProfile profile, String staffNotes);

    void update(Long partnerId, PartnerProfile profile, String staffNotes);

    /** Moves a partner to another status, with date and reason, and records who did it. */
    void changeStatus(Long partnerId, PartnerStatus to, LocalDate on, String reason);
}
