package app.involvement.evidence.internal;

import app.involvement.evidence.EvidenceBook;
import app.involvement.evidence.EvidenceLimits;
import app.involvement.evidence.EvidencePack;
import app.involvement.evidence.ReviewerAccess;
import app.involvement.evidence.ReviewerEvidence;
import app.involvement.evidence.ReviewerLooks;
import app.involvement.shared.BoundedBuilders;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The reviewer's evidence, read only through {@link ReviewerAccess#read}: that checks the assignment and its window,
 * runs the work in the reviewed provider in a read-only transaction, and records each look. This service opens no
 * transaction of its own (a transaction opened before the provider is chosen would read no provider's rows).
 * Packs are made on a small pool of {@link EvidenceLimits#PACK_BUILDERS} threads that carry the reviewer's
 * security context, so every source still checks who is asking.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
class DefaultReviewerEvidence implements ReviewerEvidence {

    static final String VIEW = ReviewerLooks.VIEW;
    static final String PACK = ReviewerLooks.PACK;
    static final String PACK_PDF = ReviewerLooks.PACK_PDF;
    static final String PACK_CSV = ReviewerLooks.PACK_CSV;

    /** Share of the progress bar for gathering the tables; writing the PDF and the ZIP take the rest. */
    private static final double GATHERING = 0.8;

    private final ReviewerAccess access;
    private final EvidenceGathering gathering;
    private final SecurityContextHolderStrategy securityContexts;
    private final ThreadPoolExecutor builders;

    DefaultReviewerEvidence(ReviewerAccess access, EvidenceGathering gathering,
            SecurityContextHolderStrategy securityContexts) {
        this.access = access;
        this.gathering = gathering;
        this.securityContexts = securityContexts;
        this.builders = BoundedBuilders.create("evidence-pack", EvidenceLimits.PACK_BUILDERS, EvidenceLimits.PACK_QUEUE);
    }

    @PreDestroy
    void stop() {
        builders.shutdownNow();
    }

    @Override
    public EvidenceBook read(Long assignmentId, Language language) {
        return access.read(assignmentId, VIEW, context -> gathering.gather(context, language, done -> { }));
    }

    @Override
    public CompletableFuture<EvidencePack> startPack(Long assignmentId, Language language, DoubleConsumer progress) {
        SecurityContext reviewer = securityContexts.getContext();
        var pack = new CompletableFuture<EvidencePack>();
        try {
            builders.execute(() -> {
                securityContexts.setContext(reviewer);
                try {
                    pack.complete(build(assignmentId, language, progress));
                } catch (Throwable failed) {
                    pack.completeExceptionally(failed);
                } finally {
                    securityContexts.clearContext();
                }
            });
        } catch (RejectedExecutionException full) {
            throw new BusinessRuleException("evidence.pack.busy");
        }
        return pack;
    }

    private EvidencePack build(Long assignmentId, Language language, DoubleConsumer progress) {
        progress.accept(0);
        EvidenceBook book = access.read(assignmentId, PACK,
                context -> gathering.gather(context, language, done -> progress.accept(done * GATHERING)));
        byte[] pdf = EvidencePdf.write(book);
        progress.accept(0.95);
        byte[] zip = EvidenceCsv.zip(book);
        progress.accept(1);
        return new EvidencePack(assignmentId, "evidence-pack-" + assignmentId + "-" + book.readOn(), pdf, zip);
    }

    @Override
    public byte[] download(EvidencePack pack, Long assignmentId, PackFile file) {
        if (pack == null || assignmentId == null || !assignmentId.equals(pack.assignmentId())) {
            throw new AccessDeniedException("not this assignment's pack");
        }
        access.read(assignmentId, file == PackFile.PDF ? PACK_PDF : PACK_CSV, context -> Boolean.TRUE);
        return (file == PackFile.PDF ? pack.pdf() : pack.csvZip()).clone();
    }
}
