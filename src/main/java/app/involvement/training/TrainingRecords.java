package app.involvement.training;

import java.time.LocalDate;
import java.util.List;

/** Partners' training records: staff record and confirm completion; a partner sees theirs and says what they completed. */
public interface TrainingRecords {

    /** Every module of the provider with where this partner stands today, for staff. */
    List<TrainingItem> forPartner(Long partnerId);

    /**
     * Records (or renews) a completion, confirmed. The date may not be in the future.
     *
     * @throws org.springframework.security.access.AccessDeniedException for another provider's partner or module
     */
    void recordCompletion(Long partnerId, Long moduleId, LocalDate completedOn, String evidence);

    /** Confirms what the partner said they completed. */
    void confirmClaim(Long partnerId, Long moduleId);

    /** The signed-in partner's own training: every module of the provider with where they stand today. */
    List<TrainingItem> mine();

    /** The signed-in partner says they completed a module on a date (not in the future); staff confirm it. */
    void claim(Long moduleId, LocalDate completedOn);
}
