package app.involvement.shared;

/**
 * An authorisation failure by a signed-in person: a route their role may not open, a record id their
 * provider does not hold, a service method their role may not call. The audit module stores it in a
 * transaction of its own, so the refused action rolling back does not take the entry with it.
 *
 * @param type    {@link #ROUTE}, {@link #RECORD} or {@link #METHOD}
 * @param subject the route path (never its query string), the record (e.g. {@code partner 42}) or method
 */
public record AccessRefused(String type, Long tenantId, String actor, String subject, String detail) {

    public static final String ROUTE = "ACCESS_DENIED_ROUTE";
    public static final String RECORD = "ACCESS_DENIED_RECORD";
    public static final String METHOD = "ACCESS_DENIED_METHOD";
}
