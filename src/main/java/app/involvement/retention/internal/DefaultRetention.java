package app.involvement.retention.internal;

import app.involvement.retention.Retention;
import app.involvement.retention.RetentionLimits;
import app.involvement.retention.RetentionPeriods;
import app.involvement.retention.RetentionPreview;
import app.involvement.retention.RetentionRun;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import app.involvement.shared.privacy.RetentionTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider's retention periods, the preview and the report of the last runs (DD049). */
@Service
@Transactional(readOnly = true)
class DefaultRetention implements Retention {

    /** Partners named in the preview's first page; the page's list asks for more as it scrolls. */
    static final int PREVIEW_PARTNERS = 50;

    private final RetentionSettingRepository settings;
    private final RetentionRunRepository runs;
    private final RetentionWork work;
    private final RetentionAudit audit;
    private final Clock clock;

    DefaultRetention(RetentionSettingRepository settings, RetentionRunRepository runs, RetentionWork work,
            RetentionAudit audit, Clock clock) {
        this.settings = settings;
        this.runs = runs;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public RetentionPeriods periods() {
        return settings.current();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public RetentionPeriods change(RetentionPeriods periods) {
        if (periods == null || !periods.sane()) {
            throw new BusinessRuleException("retention.error.out-of-range");
        }
        var entry = settings.findFirstBy();
        RetentionPeriods before = entry.map(RetentionSettingEntry::periods).orElseGet(RetentionPeriods::defaults);
        String changes = periods.changesFrom(before);
        if (changes.isEmpty()) {
            return periods;
        }
        if (entry.isPresent()) {
            entry.get().change(periods, audit.actor(), clock.instant());
        } else {
            settings.save(new RetentionSettingEntry(periods, audit.actor(), clock.instant()));
        }
        audit.record("RETENTION_CHANGED", "retention periods", changes);
        return periods;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public RetentionPreview preview() {
        LocalDate today = today();
        LocalDate until = until(today);
        RetentionPeriods periods = settings.current();
        return new RetentionPreview(today, until, work.due(periods, until),
                work.toErase(periods, until, 0, PREVIEW_PARTNERS));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<InactivePartner> partnersToErase(int offset, int limit) {
        return work.toErase(settings.current(), until(today()), Math.max(0, offset), Math.max(0, limit));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<RetentionRun> lastRuns() {
        return runs.findByOrderByRanAtDescIdDesc(PageRequest.of(0, RetentionLimits.RUNS_SHOWN)).stream()
                .map(RetentionRunEntry::report).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(RetentionTask.UK));
    }

    private static LocalDate until(LocalDate today) {
        return today.plusMonths(RetentionLimits.PREVIEW_MONTHS);
    }
}
