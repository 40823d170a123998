package app.involvement.pool;

import com.vaadin.flow.router.RouteParameters;

/** Links to the pool views for other modules, by id rather than by view class. */
public final class PartnerNavigation {

    public static final String LIST = "partners";
    public static final String MY_PROFILE = "my-profile";

    private PartnerNavigation() {
    }

    public static String details(Long partnerId) {
        return LIST + "/" + partnerId;
    }

    public static RouteParameters parameters(Long partnerId) {
        return new RouteParameters("partnerId", String.valueOf(partnerId));
    }
}
