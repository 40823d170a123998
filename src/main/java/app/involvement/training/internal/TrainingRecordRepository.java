package app.involvement.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered by Hibernate. */
interface TrainingRecordRepository extends JpaRepository<TrainingRecord, Long> {

    List<TrainingRecord> findByPartnerId(Long partnerId);

    Optional<TrainingRecord> findByPartnerIdAndModuleId(Long partnerId, Long moduleId);

    /** Confirmed records whose validity ends between the two days and whose reminder for that end is not sent. */
    @Query("select r from TrainingRecord r where r.confirmed = true and r.validUntil between :from and :to"
            + " and (r.reminderSentFor is null or r.reminderSentFor <> r.validUntil) order by r.id")
    List<TrainingRecord> findDueForReminder(LocalDate from, LocalDate to);
}
