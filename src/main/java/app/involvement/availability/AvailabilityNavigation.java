package app.involvement.availability;

/** Routes of the availability views, for links from other modules. */
public final class AvailabilityNavigation {

    public static final String MY_AVAILABILITY = "my-availability";
    public static final String WHO_IS_FREE = "who-is-free";

    private AvailabilityNavigation() {
    }
}
