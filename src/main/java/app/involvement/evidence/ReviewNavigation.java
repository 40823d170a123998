package app.involvement.evidence;

/** The reviewer-access routes, as plain strings other modules may link to. */
public final class ReviewNavigation {

    /** The platform admin's list of assignments. */
    public static final String ASSIGNMENTS = "review-assignments";
    /** The lead's record of reviewers' looks at the provider's evidence. */
    public static final String EVIDENCE_VIEWS = "evidence-views";
    /** The evidence of one assignment: append the assignment id. */
    public static final String EVIDENCE = "evidence/";

    private ReviewNavigation() {
    }
}
