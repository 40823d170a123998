package app.involvement.pool;

/** How a partner wants to be paid for involvement; some partners on benefits choose expenses only or none. */
public enum PaymentChoice {
    FEE,
    VOUCHER,
    EXPENSES_ONLY,
    NO_PAYMENT
}
