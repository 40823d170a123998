package app.involvement.erasure;

/** Routes of this module, for links from other modules' pages (the partner's profile, a partner's details). */
public final class ErasureNavigation {

    public static final String LEAVE = "my-data/leave";
    public static final String REQUESTS = "erasure-requests";

    private ErasureNavigation() {
    }

    public static String request(Long requestId) {
        return REQUESTS + "/" + requestId;
    }

    public static String onBehalf(Long partnerId) {
        return REQUESTS + "/new/" + partnerId;
    }
}
