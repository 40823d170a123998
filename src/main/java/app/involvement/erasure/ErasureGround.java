package app.involvement.erasure;

/**
 * Why the lead erases without a request from the partner's page: a category, never free text, so the record and
 * the audit hold no personal detail (DD047).
 */
public enum ErasureGround {
    /** The person asked by letter, e-mail, phone or in person. */
    ASKED_OTHER_WAY,
    /** The provider was told the person has died. */
    DEATH_NOTIFIED,
    OTHER
}
