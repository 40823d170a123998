package app.involvement.shared;

/** The kinds of HCPC review a provider goes through, recorded by the provider and given to reviewers. */
public enum ReviewKind {
    APPROVAL,
    PERFORMANCE_REVIEW,
    FOCUSED_REVIEW
}
