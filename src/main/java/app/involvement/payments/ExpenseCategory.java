package app.involvement.payments;

/** What an expense line is for. Mileage is claimed by miles at the rate card's rate; the rest by amount. */
public enum ExpenseCategory {
    PUBLIC_TRANSPORT,
    TAXI,
    PARKING,
    SUBSISTENCE,
    REPLACEMENT_CARE,
    OTHER,
    MILEAGE;

    public boolean byMiles() {
        return this == MILEAGE;
    }
}
