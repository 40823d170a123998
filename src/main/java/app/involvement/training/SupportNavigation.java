package app.involvement.training;

/** Routes of the support and risk assessment views, for links from other modules. */
public final class SupportNavigation {

    public static final String MY_SUPPORT = "my-support";
    public static final String REQUESTS = "support-requests";
    public static final String PARTNER_SUPPORT = "partner-support";
    public static final String NAMED_CONTACTS = "named-contacts";
    public static final String RISK_ASSESSMENTS = "risk-assessments";

    private SupportNavigation() {
    }

    public static String partnerSupport(Long partnerId) {
        return PARTNER_SUPPORT + "/" + partnerId;
    }
}
