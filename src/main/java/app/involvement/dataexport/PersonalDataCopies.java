package app.involvement.dataexport;

import app.involvement.shared.Language;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Copies of "everything you hold about me", in the current provider: made in the background by the partner for
 * themselves or by the provider's lead for one of their partners, and taken once through their link.
 */
public interface PersonalDataCopies {

    /** Audit entry when a copy is made (detail names the partner by id only). */
    String MADE = "PERSONAL_DATA_COPY_MADE";

    /** Audit entry when a copy is downloaded. */
    String EXPORTED = "PERSONAL_DATA_EXPORTED";

    /**
     * Starts making the signed-in partner's copy in this provider; {@code progress} hears fractions from 0 to 1 (from
     * the builder's thread).
     *
     * @throws app.involvement.shared.BusinessRuleException {@code export.error.no-profile} without a partner record
     *                                                       here, {@code export.busy} when too many copies are being
     *                                                       made
     */
    CompletableFuture<CopyLink> startMine(Language language, DoubleConsumer progress);

    /**
     * Starts making the copy of one of this provider's partners, for the lead (a request by post or e-mail). The link
     * works for that lead only.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's partner
     */
    CompletableFuture<CopyLink> startFor(Long partnerId, Language language, DoubleConsumer progress);

    /**
     * The copy behind a link, once: only for the person who made it, in the provider it was made in, before it
     * expires. Taking it clears it and records the download. Empty for anything else (a wrong, used or expired token,
     * another person), whatever the reason.
     */
    Optional<CopyDownload> take(String token);
}
