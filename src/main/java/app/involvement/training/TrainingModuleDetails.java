package app.involvement.training;

import java.util.List;
import java.util.Set;

/** One module with the activity types that require it and its materials (without file contents). */
public record TrainingModuleDetails(Long id, TrainingModuleInput input, Set<Long> requiredFor,
        List<TrainingMaterial> materials) {
}
