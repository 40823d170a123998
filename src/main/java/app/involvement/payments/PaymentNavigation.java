package app.involvement.payments;

/** Routes of this module, for links from other modules' pages (homes). */
public final class PaymentNavigation {

    public static final String RATE_CARDS = "rate-cards";
    public static final String CLAIMS = "payment-claims";
    public static final String CLAIM = "payment-claims/";
    public static final String MY_CLAIMS = "my-claims";
    public static final String MY_CLAIM = "my-claims/";
    public static final String RUNS = "payment-runs";
    public static final String RUN = "payment-runs/";

    private PaymentNavigation() {
    }
}
