package app.involvement.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The facts the session e-mails need, for the notifications module. Its listeners run in whoever's transaction
 * published the event (a coordinator, a partner, a scheduled job), so every read names the event's provider
 * explicitly instead of relying on a signed-in person; each is one bounded query.
 */
public interface SessionMailFacts {

    /** The session of this provider; empty for an unknown id or another provider's. */
    Optional<SessionFacts> session(Long tenantId, Long sessionId);

    /** The provider's partners among these ids who have an e-mail address (at most {@link SessionLimits#PAGE_SIZE_MAX}). */
    List<MailRecipient> partners(Long tenantId, Collection<Long> partnerIds);

    /** When the offer stops being open, if it has an end; empty for an unknown offer or another provider's. */
    Optional<java.time.Instant> offerExpiry(Long tenantId, Long offerId);

    /** The partners holding a confirmed place on the session. */
    List<Long> confirmedPartnerIds(Long tenantId, Long sessionId);

    /** The provider's involvement leads. */
    List<MailRecipient> leads(Long tenantId);

    /** A member of the provider's staff by address (the session's coordinator), with their language. */
    Optional<MailRecipient> staff(Long tenantId, String email);

    /** The partner's named contact, if one is named and still on the staff. */
    Optional<MailRecipient> namedContact(Long tenantId, Long partnerId);

    /**
     * The session as an RFC 5545 calendar for one attendee: METHOD:REQUEST with the session's SEQUENCE, or
     * METHOD:CANCEL with STATUS:CANCELLED once the session is cancelled. The UID stays the same for the session.
     */
    String calendarEntry(SessionFacts session, MailRecipient attendee);
}
