package app.involvement.planning;

/** Routes of this module, for links from other modules' pages (homes, evidence). */
public final class PlanningNavigation {

    public static final String STRATEGY = "strategy";
    public static final String POLICIES = "policies";
    public static final String POLICY = "policies/";
    public static final String REVIEW_CYCLES = "review-cycles";
    public static final String REVIEW_CYCLE = "review-cycles/";

    private PlanningNavigation() {
    }
}
