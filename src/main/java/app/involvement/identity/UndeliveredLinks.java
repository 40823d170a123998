package app.involvement.identity;

/**
 * Links in an e-mail that finally could not be delivered. They are revoked, so a stored copy of that
 * mail can never be used; the person asks for a new link (a reset) or is invited again.
 */
public interface UndeliveredLinks {

    /** Revokes every invitation and password reset link in the text of a mail that finally failed. */
    void revokeLinksIn(String mailText);
}
