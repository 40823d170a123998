package app.involvement.shared.privacy;

/**
 * How an erased partner's row is known once anonymised (DD047, DD048): its preferred name is replaced by this text
 * and its e-mail address removed. The retention job keeps their finance records only until their period ends and
 * never lists them as inactive again.
 */
public final class ErasedPartners {

    /** The preferred name an erased partner's row carries. */
    public static final String NAME = "Erased partner";

    private ErasedPartners() {
    }
}
