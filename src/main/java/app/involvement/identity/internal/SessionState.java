package app.involvement.identity.internal;

import app.involvement.identity.Role;

/**
 * What a signed-in session is checked against on each request: the account's password stamp and the
 * role of the membership the session works in ({@code null} when there is none, or it is gone).
 */
public record SessionState(long credentialsVersion, Role membershipRole) {
}
