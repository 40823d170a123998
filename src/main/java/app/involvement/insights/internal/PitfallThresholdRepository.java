package app.involvement.insights.internal;

import app.involvement.insights.PitfallThresholds;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PitfallThresholdRepository extends JpaRepository<PitfallThresholdEntry, Long> {

    Optional<PitfallThresholdEntry> findFirstBy();

    /** The provider's thresholds, or the defaults before the lead saves any. */
    default PitfallThresholds current() {
        return findFirstBy().map(PitfallThresholdEntry::thresholds).orElseGet(PitfallThresholds::defaults);
    }
}
