package app.involvement.erasure;

/** Who started the erasure: the partner on their page, the lead on the person's behalf, or the retention job. */
public enum ErasureOrigin {
    PARTNER_ASKED, LEAD_ON_BEHALF, RETENTION
}
