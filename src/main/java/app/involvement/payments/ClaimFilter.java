package app.involvement.payments;

/** Staff claim list filter: a status (all when null), only overdue ones, one partner (all when null). */
public record ClaimFilter(ClaimStatus status, boolean overdueOnly, Long partnerId) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, false, null);
    }
}
