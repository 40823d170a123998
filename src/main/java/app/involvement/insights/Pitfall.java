package app.involvement.insights;

/** The regulator's common pitfalls the portal watches for (DOMAIN.md, DD041), in the order the page lists them. */
public enum Pitfall {
    /** A few partners carry most of the involvement. */
    RELIANCE,
    /** A programme's involvement brings too narrow a range of lived experience. */
    NARROW_EXPERIENCE,
    /** Programmes without a named involvement lead or coordinator. */
    NO_NAMED_ROLES,
    /** No involvement strategy in force, or one without objectives. */
    NO_STRATEGY,
    /** Completed sessions with no evaluation. */
    NOT_EVALUATED,
    /** "You said, we did" actions past their due day. */
    ACTIONS_OVERDUE,
    /** More partners left the pool than joined it. */
    POOL_SHRINKING;

    /** The page with the data behind the indicator. */
    public String link() {
        return switch (this) {
            case RELIANCE, NARROW_EXPERIENCE, POOL_SHRINKING -> "insights";
            case NO_NAMED_ROLES -> "programmes";
            case NO_STRATEGY -> "strategy";
            case NOT_EVALUATED -> "sessions";
            case ACTIONS_OVERDUE -> "actions";
        };
    }
}
