package app.involvement.payments;

/**
 * A rate card's fee for one activity type: {@code amountPence} an hour, or a half day on the half/whole day basis
 * with {@code dayPence} for a whole day; plus a flat preparation-time allowance per session.
 */
public record FeeRate(Long activityTypeId, FeeBasis basis, long amountPence, Long dayPence, long preparationPence) {
}
