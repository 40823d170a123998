package app.involvement.dataexport.internal;

import app.involvement.dataexport.CopyDownload;
import app.involvement.dataexport.CopyLink;
import app.involvement.dataexport.DataExportLimits;
import app.involvement.dataexport.DataExportNavigation;
import app.involvement.dataexport.PersonalDataCopies;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.pool.MyProfile;
import app.involvement.pool.Pool;
import app.involvement.shared.BoundedBuilders;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes copies on a small pool of {@link DataExportLimits#BUILDERS} threads that carry the asker's security context
 * and provider, stores each as one row (the ZIP and the hash of its link's token), and hands it out once. The
 * subject is always found from the signed-in partner's own account, or by the lead through the pool (another
 * provider's partner is "not found").
 */
@Service
class DefaultPersonalDataCopies implements PersonalDataCopies {

    /** Share of the progress bar for gathering; writing the PDF, JSON and ZIP take the rest. */
    private static final double GATHERING = 0.8;

    private final MyProfile myProfile;
    private final Pool pool;
    private final CurrentUser currentUser;
    private final CopyGathering gathering;
    private final CopyRepository copies;
    private final DataExportAudit audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;
    private final TransactionTemplate writing;
    private final ThreadPoolExecutor builders;

    DefaultPersonalDataCopies(MyProfile myProfile, Pool pool, CurrentUser currentUser, CopyGathering gathering,
            CopyRepository copies, DataExportAudit audit, Clock clock, SecurityContextHolderStrategy securityContexts,
            PlatformTransactionManager transactions) {
        this.myProfile = myProfile;
        this.pool = pool;
        this.currentUser = currentUser;
        this.gathering = gathering;
        this.copies = copies;
        this.audit = audit;
        this.clock = clock;
        this.securityContexts = securityContexts;
        this.writing = new TransactionTemplate(transactions);
        this.builders = BoundedBuilders.create("personal-data-copy", DataExportLimits.BUILDERS, DataExportLimits.QUEUE);
    }

    @PreDestroy
    void stop() {
        builders.shutdownNow();
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public CompletableFuture<CopyLink> startMine(Language language, DoubleConsumer progress) {
        DataSubject subject = myProfile.dataSubject()
                .orElseThrow(() -> new BusinessRuleException("export.error.no-profile"));
        return start(subject, "my-data-", "by the partner", language, progress);
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public CompletableFuture<CopyLink> startFor(Long partnerId, Language language, DoubleConsumer progress) {
        DataSubject subject = pool.dataSubject(partnerId)
                .orElseThrow(() -> new AccessDeniedException("not this provider's partner"));
        return start(subject, "partner-" + subject.partnerId() + "-data-", "by the lead", language, progress);
    }

    private CompletableFuture<CopyLink> start(DataSubject subject, String namePrefix, String how, Language language,
            DoubleConsumer progress) {
        PortalUser asker = currentUser.require();
        String provider = asker.activeMembership().map(MembershipView::providerName).orElse("");
        SecurityContext context = securityContexts.getContext();
        var link = new CompletableFuture<CopyLink>();
        try {
            builders.execute(() -> {
                securityContexts.setContext(context);
                try {
                    link.complete(TenantContext.runAs(subject.tenantId(),
                            () -> build(subject, asker.userId(), provider, namePrefix, how, language, progress)));
                } catch (Throwable failed) {
                    link.completeExceptionally(failed);
                } finally {
                    securityContexts.clearContext();
                }
            });
        } catch (RejectedExecutionException full) {
            throw new BusinessRuleException("export.busy");
        }
        return link;
    }

    private CopyLink build(DataSubject subject, Long askerId, String provider, String namePrefix, String how,
            Language language, DoubleConsumer progress) {
        progress.accept(0);
        PersonalCopy copy = gathering.gather(subject, provider, language, done -> progress.accept(done * GATHERING));
        byte[] pdf = CopyPdf.write(copy);
        progress.accept(0.9);
        byte[] zip = CopyZip.write(pdf, CopyJson.write(copy), copy.files());
        String token = CopyTokens.next();
        Instant now = clock.instant();
        Instant expires = now.plus(DataExportLimits.LINK_LIFETIME);
        String fileName = namePrefix + LocalDate.ofInstant(now, clock.getZone()) + ".zip";
        writing.executeWithoutResult(status -> {
            copies.save(new CopyEntry(subject.partnerId(), askerId, CopyTokens.hash(token), now, expires, fileName, zip));
            audit.record(MADE, "partner " + subject.partnerId(), "partner " + subject.partnerId() + ", " + how);
        });
        progress.accept(1);
        return new CopyLink(DataExportNavigation.DOWNLOAD + token, fileName, expires);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('PARTNER', 'LEAD')")
    public Optional<CopyDownload> take(String token) {
        if (!CopyTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Long userId = currentUser.require().userId();
        Optional<CopyEntry> found = copies.findByTokenHash(CopyTokens.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CopyEntry copy = found.get();
        if (!copy.usableBy(userId, clock.instant())) {
            if (!copy.requestedBy().equals(userId)) {
                audit.refused("personal data copy of partner " + copy.partnerId());
            }
            return Optional.empty();
        }
        byte[] content = copy.take();
        audit.record(EXPORTED, "partner " + copy.partnerId(), "partner " + copy.partnerId());
        return Optional.of(new CopyDownload(copy.fileName(), content));
    }
}
