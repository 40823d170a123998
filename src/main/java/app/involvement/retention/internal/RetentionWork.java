package app.involvement.retention.internal;

import app.involvement.retention.RetentionCutoffs;
import app.involvement.retention.RetentionKind;
import app.involvement.retention.RetentionLimits;
import app.involvement.retention.RetentionPeriods;
import app.involvement.retention.RetentionRun;
import app.involvement.shared.privacy.InactivePartners;
import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import app.involvement.shared.privacy.RetentionErasure;
import app.involvement.shared.privacy.RetentionTask;
import app.involvement.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a run of the retention job on a given day does in the current provider (DD049), and what it would do: the
 * preview calls {@link #due} and {@link #toErase} with the day a month ahead; the job calls {@link #run} with today.
 * Both select through the same cut-offs ({@link RetentionCutoffs}) and the same module tasks.
 */
@Component
class RetentionWork {

    private final List<RetentionTask> tasks;
    private final InactivePartners inactive;
    private final ObjectProvider<RetentionErasure> erasure;
    private final RetentionSettingRepository settings;
    private final RetentionRunRepository runs;
    private final RetentionAudit audit;
    private final TransactionTemplate transactions;

    RetentionWork(List<RetentionTask> tasks, InactivePartners inactive, ObjectProvider<RetentionErasure> erasure,
            RetentionSettingRepository settings, RetentionRunRepository runs, RetentionAudit audit,
            TransactionTemplate transactions) {
        this.tasks = tasks;
        this.inactive = inactive;
        this.erasure = erasure;
        this.settings = settings;
        this.runs = runs;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Per kind, how many partners or records a run on that day would erase or remove. */
    Map<RetentionKind, Long> due(RetentionPeriods periods, LocalDate day) {
        long tenant = TenantContext.require();
        var cutoffs = RetentionCutoffs.on(day, periods);
        var counts = new EnumMap<RetentionKind, Long>(RetentionKind.class);
        counts.put(RetentionKind.INACTIVE_PARTNERS, inactive.count(tenant, cutoffs.get(RetentionKind.INACTIVE_PARTNERS)));
        for (RetentionTask task : tasks) {
            RetentionKind kind = kindOf(task);
            counts.put(kind, task.countDue(tenant, cutoffs.get(kind)));
        }
        return counts;
    }

    /** The partners a run on that day would erase, longest inactive first. */
    List<InactivePartner> toErase(RetentionPeriods periods, LocalDate day, int offset, int limit) {
        return inactive.find(TenantContext.require(),
                RetentionCutoffs.on(day, periods).get(RetentionKind.INACTIVE_PARTNERS), offset, limit);
    }

    /**
     * Runs the job for the current provider on that day: removes the records past their period (one transaction),
     * erases the inactive partners (each in the erasure's own transaction, noting who was refused and why), and
     * records the report.
     */
    RetentionRun run(LocalDate day, Instant at) {
        long tenant = TenantContext.require();
        RetentionPeriods periods = transactions.execute(tx -> settings.current());
        var cutoffs = RetentionCutoffs.on(day, periods);
        var counts = new EnumMap<RetentionKind, Integer>(RetentionKind.class);
        // records first: an erased partner's finance records are then judged on the next run, as the preview does
        transactions.executeWithoutResult(tx -> {
            for (RetentionTask task : tasks) {
                RetentionKind kind = kindOf(task);
                counts.put(kind, task.removeDue(tenant, cutoffs.get(kind)));
            }
        });
        List<String> notErased = new ArrayList<>();
        int erased = 0;
        int refused = 0;
        RetentionErasure eraser = erasure.getIfAvailable();
        for (InactivePartner partner : inactive.find(tenant, cutoffs.get(RetentionKind.INACTIVE_PARTNERS), 0,
                Integer.MAX_VALUE)) {
            Optional<String> reason = eraser == null ? Optional.of("erasure is not available")
                    : eraser.eraseInactivePartner(partner.partnerId());
            if (reason.isEmpty()) {
                erased++;
            } else if (++refused <= RetentionLimits.NOT_ERASED_NAMED) {
                notErased.add("partner " + partner.partnerId() + ": " + reason.get());
            }
        }
        if (refused > notErased.size()) {
            notErased.add("and " + (refused - notErased.size()) + " more partners");
        }
        counts.put(RetentionKind.INACTIVE_PARTNERS, erased);
        int notErasedCount = refused;
        return transactions.execute(tx -> {
            var entry = runs.saveAndFlush(new RetentionRunEntry(at, day, counts, notErased));
            audit.record("RETENTION_RUN", "retention run " + entry.getId(), detail(counts, notErasedCount));
            return entry.report();
        });
    }

    private static String detail(Map<RetentionKind, Integer> counts, int refused) {
        var parts = new ArrayList<String>();
        counts.forEach((kind, count) -> parts.add(kind.name() + " " + count));
        parts.add("not erased " + refused);
        return String.join("; ", parts);
    }

    private static RetentionKind kindOf(RetentionTask task) {
        return RetentionKind.valueOf(task.kind().name());
    }
}
