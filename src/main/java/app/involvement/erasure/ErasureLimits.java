package app.involvement.erasure;

/** Limits shared by the entity, the column, the field and the service. */
public final class ErasureLimits {

    /** The partner's optional reason for leaving (column erasure_request.reason). */
    public static final int REASON = 1000;
    /** Largest page of the lead's list. */
    public static final int PAGE_SIZE_MAX = 100;
    /** Requests named on the lead's home card. */
    public static final int HOME_LIST = 5;

    private ErasureLimits() {
    }
}
