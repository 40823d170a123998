package app.involvement.training;

import java.time.LocalDate;
import java.util.List;

/** Aggregate training compliance for the insights dashboard (DD040). */
public interface TrainingFigures {

    /**
     * For each module some activity type requires: active partners whose record is current on {@code today} (no
     * end date or ending on or after today), expired, or missing. At most {@code limit} modules, by title.
     */
    List<ModuleCompliance> compliance(LocalDate today, int limit);

    record ModuleCompliance(Long moduleId, String module, long current, long expired, long missing) {
    }
}
