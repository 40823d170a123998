package app.involvement.identity;

/** The lead's setting for their provider: must coordinators and finance staff use two-step sign-in? */
public interface TwoStepPolicy {

    boolean requiredForStaff();

    void requireForStaff(boolean required);
}
