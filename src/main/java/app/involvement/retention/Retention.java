package app.involvement.retention;

import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import java.util.List;

/** The current provider's retention periods, the preview of the coming month and the job's last runs (DD049). */
public interface Retention {

    /** Lead and coordinator. The saved periods, or the defaults before the lead saves any. */
    RetentionPeriods periods();

    /** Lead only; refuses periods outside {@link RetentionLimits}; audited as {@code RETENTION_CHANGED} (old → new). */
    RetentionPeriods change(RetentionPeriods periods);

    /** Lead and coordinator. What the runs between today and a month from today will do, per kind. */
    RetentionPreview preview();

    /** Lead and coordinator. A page of the partners the coming month's runs will erase (for a lazy list). */
    List<InactivePartner> partnersToErase(int offset, int limit);

    /** Lead and coordinator. The job's last runs in this provider, newest first. */
    List<RetentionRun> lastRuns();
}
