package app.involvement.training.internal;

import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a partner stands with each module on a day: the one rule for My training, staff pages and eligibility. */
final class TrainingStanding {

    private TrainingStanding() {
    }

    static TrainingStatus status(TrainingRecord record, LocalDate on) {
        if (record == null || record.getCompletedOn().isAfter(on)) {
            return TrainingStatus.TO_DO;
        }
        if (!record.isConfirmed()) {
            return TrainingStatus.AWAITING_CONFIRMATION;
        }
        LocalDate until = record.getValidUntil();
        if (until == null) {
            return TrainingStatus.DONE;
        }
        if (until.isBefore(on)) {
            return TrainingStatus.EXPIRED;
        }
        return until.isBefore(on.plusDays(TrainingLimits.EXPIRING_SOON_DAYS + 1L)) ? TrainingStatus.EXPIRING_SOON
                : TrainingStatus.DONE;
    }

    static List<TrainingItem> items(List<TrainingModule> modules, List<TrainingRecord> records, LocalDate on) {
        Map<Long, TrainingRecord> byModule = records.stream()
                .collect(Collectors.toMap(TrainingRecord::getModuleId, Function.identity()));
        return modules.stream().map(m -> {
            var record = byModule.get(m.getId());
            return new TrainingItem(m.getId(), m.getTitle(), m.input().delivery(), status(record, on),
                    record == null ? null : record.getCompletedOn(), record == null ? null : record.getValidUntil(),
                    record == null ? null : record.getEvidence());
        }).toList();
    }
}
