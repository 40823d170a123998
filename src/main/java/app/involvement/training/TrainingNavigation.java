package app.involvement.training;

import com.vaadin.flow.router.RouteParameters;

/** Links to the training views for other modules, by id rather than by view class. */
public final class TrainingNavigation {

    public static final String MODULES = "training-modules";
    public static final String RECORDS = "training-records";
    public static final String MY_TRAINING = "my-training";

    private TrainingNavigation() {
    }

    /** A partner's training, for staff. */
    public static String partner(Long partnerId) {
        return RECORDS + "/" + partnerId;
    }

    public static RouteParameters moduleParameters(Long moduleId) {
        return new RouteParameters("moduleId", String.valueOf(moduleId));
    }

    public static RouteParameters partnerParameters(Long partnerId) {
        return new RouteParameters("partnerId", String.valueOf(partnerId));
    }
}
