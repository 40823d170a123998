package app.involvement.retention.internal;

import app.involvement.retention.RetentionPeriods;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionSettingRepository extends JpaRepository<RetentionSettingEntry, Long> {

    Optional<RetentionSettingEntry> findFirstBy();

    /** The provider's periods, or the defaults before the lead saves any. */
    default RetentionPeriods current() {
        return findFirstBy().map(RetentionSettingEntry::periods).orElseGet(RetentionPeriods::defaults);
    }
}
