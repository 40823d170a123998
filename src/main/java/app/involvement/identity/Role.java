package app.involvement.identity;

/**
 * What a person may do. {@link #PLATFORM_ADMIN} and {@link #REVIEWER} are held outside providers;
 * the others are held in one provider through a membership.
 */
public enum Role {
    PLATFORM_ADMIN,
    LEAD,
    COORDINATOR,
    FINANCE,
    PARTNER,
    REVIEWER;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String LEAD = "LEAD";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String FINANCE = "FINANCE";
        public static final String PARTNER = "PARTNER";
        public static final String REVIEWER = "REVIEWER";

        private Names() {
        }
    }

    public boolean isProviderRole() {
        return this != PLATFORM_ADMIN && this != REVIEWER;
    }

    public boolean isStaffRole() {
        return this == LEAD || this == COORDINATOR || this == FINANCE;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
