package app.involvement.erasure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * The involvement lead's side (DD047): requests to leave, open first; one request with what stops the erasure;
 * the erasure itself, confirmed by typing the partner's preferred name. Only the lead, only in their provider;
 * an unknown or another provider's id is refused and audited.
 */
public interface ErasureRequests {

    /** One page, open first then newest, at most {@link ErasureLimits#PAGE_SIZE_MAX}; the names in one more query. */
    List<ErasureRequestRow> list(Pageable pageable);

    long count();

    long countOpen();

    /** The oldest open requests, for the lead's home. */
    List<ErasureRequestRow> oldestOpen(int limit);

    /** @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id */
    ErasureCase request(Long requestId, Locale locale);

    /**
     * The partner the lead would erase on their behalf.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id
     */
    ErasureCase onBehalf(Long partnerId, Locale locale);

    /**
     * Erases the partner of this open request, in one transaction, and marks it done.
     *
     * @param typedName the partner's preferred name as the lead typed it (the second confirmation)
     * @throws app.involvement.shared.BusinessRuleException when the request is not open, the name does not match
     *         or something stops the erasure (e.g. unpaid claims); nothing changes
     */
    void erase(Long requestId, String typedName);

    /**
     * Erases a partner without a request from their page (e.g. the provider was told of their death), recording the
     * ground as a category; closes their open request if they had one.
     *
     * @return the request recording the erasure
     */
    Long eraseOnBehalf(Long partnerId, ErasureGround ground, String typedName);
}
