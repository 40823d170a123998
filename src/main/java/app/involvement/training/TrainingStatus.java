package app.involvement.training;

/** Where a partner stands with one module on a given day. */
public enum TrainingStatus {
    /** Completed and confirmed; valid for more than {@link TrainingLimits#EXPIRING_SOON_DAYS} days or for good. */
    DONE,
    /** Completed and confirmed; its validity ends within {@link TrainingLimits#EXPIRING_SOON_DAYS} days. */
    EXPIRING_SOON,
    /** Completed once, but its validity has ended. */
    EXPIRED,
    /** The partner said they completed it; staff have not confirmed it yet. */
    AWAITING_CONFIRMATION,
    /** Not completed. */
    TO_DO
}
