package app.involvement.provider;

import com.vaadin.flow.router.RouteParameters;

/** Links to the programme views for other modules, by typed id rather than by view class. */
public final class ProgrammeNavigation {

    public static final String LIST = "programmes";

    private ProgrammeNavigation() {
    }

    public static String details(Long programmeId) {
        return LIST + "/" + programmeId;
    }

    public static RouteParameters parameters(Long programmeId) {
        return new RouteParameters("programmeId", String.valueOf(programmeId));
    }
}
