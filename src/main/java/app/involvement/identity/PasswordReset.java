package app.involvement.identity;

/** Password reset by e-mail link. */
public interface PasswordReset {

    /**
     * Sends a link if an account has this e-mail and neither the account nor the address has asked too
     * often; the new link revokes the account's earlier ones. Says nothing either way.
     *
     * @param address the requesting network address, or {@code null} when the portal itself asks
     */
    void request(String email, String address);

    /** A request by the portal itself (no network address), e.g. for the first platform admin. */
    void request(String email);

    boolean isUsable(String token);

    /**
     * Sets the new password and revokes every other link of the account.
     *
     * @throws app.involvement.shared.BusinessRuleException for an unusable link or a refused password
     */
    void reset(String token, String newPassword);
}
