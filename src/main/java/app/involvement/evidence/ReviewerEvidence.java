package app.involvement.evidence;

import app.involvement.shared.Language;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * What the signed-in reviewer reads of the provider of one of their assignments, always through
 * {@link ReviewerAccess#read} (so each look is checked and recorded): the evidence for the page, and the evidence
 * pack made in the background.
 */
public interface ReviewerEvidence {

    /** What a pack file is, as recorded in the provider's audit log. */
    enum PackFile {
        PDF,
        CSV_ZIP
    }

    /**
     * The evidence in {@code language}, read now.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an assignment the reviewer may not read
     */
    EvidenceBook read(Long assignmentId, Language language);

    /**
     * Starts making the pack in the background for the signed-in reviewer; {@code progress} hears fractions from 0
     * to 1 as the parts are gathered and the files written (from the builder's thread).
     *
     * @throws app.involvement.shared.BusinessRuleException {@code evidence.pack.busy} when too many packs are being
     *                                                       made
     */
    CompletableFuture<EvidencePack> startPack(Long assignmentId, Language language, DoubleConsumer progress);

    /**
     * The file of a pack, after checking again that the signed-in reviewer may read its assignment today (the pack
     * is bound to it) and recording the download.
     *
     * @throws org.springframework.security.access.AccessDeniedException when not, or the pack is another
     *                                                                    assignment's
     */
    byte[] download(EvidencePack pack, Long assignmentId, PackFile file);
}
