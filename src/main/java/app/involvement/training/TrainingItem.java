package app.involvement.training;

import java.time.LocalDate;

/**
 * One module for one partner. {@code validUntil} is the last day the training counts (null: for good);
 * {@code completedOn} and {@code evidence} are null for {@link TrainingStatus#TO_DO}.
 */
public record TrainingItem(Long moduleId, String title, TrainingDelivery delivery, TrainingStatus status,
        LocalDate completedOn, LocalDate validUntil, String evidence) {
}
