package app.involvement.identity;

/** Password reset by e-mail link. */
public interface PasswordReset {

    /** Sends a link if an account has this e-mail; says nothing either way. */
    void request(String email);

    boolean isUsable(String token);

    /** @throws app.involvement.shared.BusinessRuleException for an unusable link or a refused password */
    void reset(String token, String newPassword);
}
