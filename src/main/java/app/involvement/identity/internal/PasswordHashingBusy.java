package app.involvement.identity.internal;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Every permit to hash a password stayed taken for the whole wait: the server is busy, the password was
 * not checked, and the person is asked to try again (not counted as a failed login).
 */
class PasswordHashingBusy extends AuthenticationServiceException {

    PasswordHashingBusy() {
        super("too many password checks at once");
    }
}
