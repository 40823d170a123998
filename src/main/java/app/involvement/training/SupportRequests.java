package app.involvement.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * Practical support to attend (travel, taxi, accessible room, BSL interpreter, hearing loop, companion
 * place, other): partners ask for themselves, coordinators ask for a partner and arrange or decline.
 * Partners see only their own requests; staff only their provider's. Every change is audited.
 */
public interface SupportRequests {

    /** The signed-in partner's own requests, newest first, at most {@link SupportLimits#PARTNER_REQUESTS_SHOWN}. */
    List<SupportRequestRow> mine();

    /**
     * The signed-in partner asks for support.
     *
     * @throws app.involvement.shared.BusinessRuleException when the kind is missing, "other" has no details,
     *         the details are too long or the date is in the past; nothing is stored
     */
    Long ask(NewSupportRequest request);

    /** Staff ask for support on a partner's behalf; the same rules as {@link #ask}. */
    Long askFor(Long partnerId, NewSupportRequest request);

    /** One page of the provider's requests with the status (all when null), oldest open first; one query. */
    List<SupportRequestRow> list(SupportStatus status, Pageable pageable);

    long count(SupportStatus status);

    /** The partner a staff page is about; empty for an unknown or another provider's id alike. */
    Optional<SupportedPartner> partner(Long partnerId);

    /** One partner's requests, newest first, at most {@link SupportLimits#PARTNER_REQUESTS_SHOWN}. */
    List<SupportRequestRow> forPartner(Long partnerId);

    /**
     * Marks a requested item arranged, saying what was arranged (required).
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id
     */
    void arrange(Long requestId, String whatWasArranged);

    /** Declines a requested item; the reason (required) is shown to the partner. */
    void decline(Long requestId, String reason);
}
