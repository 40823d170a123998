package app.involvement.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Used by later modules (sessions, offers): whether a partner has every module an activity type requires,
 * confirmed and still valid on a date. Training is valid up to and including its {@code validUntil} day.
 */
public interface TrainingEligibility {

    /**
     * The one rule as an SQL condition, for read models that order a whole pool by eligibility in one query (DD027):
     * true when the partner whose id is in {@code partnerIdColumn} has every module the activity type requires,
     * confirmed, completed on or before the day and valid on it. It names the tenant explicitly and takes the
     * parameters {@code :tenant}, {@code :trainingType} and {@code :trainingOn}. Built from constants only.
     */
    static String preparedCondition(String partnerIdColumn) {
        if (!partnerIdColumn.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a column such as p.id");
        }
        return " not exists (select 1 from training_requirement tq where tq.tenant_id = :tenant"
                + " and tq.activity_type_id = :trainingType and not exists (select 1 from training_record tr"
                + " where tr.tenant_id = :tenant and tr.partner_id = " + partnerIdColumn
                + " and tr.module_id = tq.module_id and tr.confirmed = true and tr.completed_on <= :trainingOn"
                + " and (tr.valid_until is null or tr.valid_until >= :trainingOn)))";
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException for a partner or activity type
     *         this provider does not hold
     */
    Preparedness check(Long partnerId, Long activityTypeId, LocalDate on);

    /**
     * Bulk form of {@link #check}: of the partners given, those not prepared for the activity type on the day (a
     * module missing, unconfirmed or expired). One query whatever the number of partners; an id this provider does
     * not hold counts as not prepared.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an activity type this provider does not
     *         hold
     */
    Set<Long> unprepared(Long activityTypeId, LocalDate on, Collection<Long> partnerIds);
}
