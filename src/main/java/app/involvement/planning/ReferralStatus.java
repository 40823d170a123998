package app.involvement.planning;

/** Whether a referral from a review is still to be dealt with. */
public enum ReferralStatus {
    OPEN,
    CLOSED
}
