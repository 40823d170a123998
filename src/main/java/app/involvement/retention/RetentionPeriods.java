package app.involvement.retention;

import static app.involvement.retention.RetentionLimits.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A provider's retention periods, each within {@link RetentionLimits} (DD049).
 *
 * @param inactivePartnerMonths months without involvement or change of status before a partner is erased
 * @param financeYears          years after the end of the tax year an erased partner's finance records are kept
 * @param auditYears            years audit entries are kept
 * @param sentMailDays          days a sent mail's record is kept
 */
public record RetentionPeriods(int inactivePartnerMonths, int financeYears, int auditYears, int sentMailDays) {

    public static RetentionPeriods defaults() {
        return new RetentionPeriods(DEFAULT_INACTIVE_MONTHS, DEFAULT_FINANCE_YEARS, DEFAULT_AUDIT_YEARS,
                DEFAULT_SENT_MAIL_DAYS);
    }

    /** True when every period is within its range. */
    public boolean sane() {
        return between(inactivePartnerMonths, MIN_INACTIVE_MONTHS, MAX_INACTIVE_MONTHS)
                && between(financeYears, MIN_FINANCE_YEARS, MAX_FINANCE_YEARS)
                && between(auditYears, MIN_AUDIT_YEARS, MAX_AUDIT_YEARS)
                && between(sentMailDays, MIN_SENT_MAIL_DAYS, MAX_SENT_MAIL_DAYS);
    }

    public int of(RetentionKind kind) {
        return switch (kind) {
            case INACTIVE_PARTNERS -> inactivePartnerMonths;
            case FINANCE_RECORDS -> financeYears;
            case AUDIT_ENTRIES -> auditYears;
            case SENT_MAIL -> sentMailDays;
        };
    }

    /** The changes from {@code before} to this, as "kind old → new", for the audit entry; empty when none. */
    public String changesFrom(RetentionPeriods before) {
        List<String> changes = new ArrayList<>();
        for (RetentionKind kind : RetentionKind.values()) {
            if (before.of(kind) != of(kind)) {
                changes.add(kind.name() + " " + before.of(kind) + " → " + of(kind));
            }
        }
        return String.join("; ", changes);
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
