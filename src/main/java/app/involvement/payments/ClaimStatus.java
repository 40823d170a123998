package app.involvement.payments;

/**
 * Where a claim is: draft → submitted → approved (coordinator) → authorised (finance) → paid. Rejected at any
 * step with a reason; the partner (or a coordinator for them) amends it and submits it again.
 */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    AUTHORISED,
    PAID,
    REJECTED;

    /** The partner (or a coordinator on their behalf) may change and submit it. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Submitted and not yet paid: counts against the provider's turnaround. */
    public boolean onTheWay() {
        return this == SUBMITTED || this == APPROVED || this == AUTHORISED;
    }
}
