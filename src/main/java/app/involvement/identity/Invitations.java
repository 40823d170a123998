package app.involvement.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** Invitations to join a provider: sending (staff), opening and accepting (the invited person). */
public interface Invitations {

    int MAX_PENDING_PAGE = 50;

    /** A lead invites a coordinator or finance officer to the current provider. */
    Sent inviteStaff(String email, Role role);

    /**
     * A lead or coordinator invites a service user or carer to the current provider's pool; accepting
     * creates a new partner record.
     */
    Sent invitePartner(String email);

    /**
     * Invites the person of an existing pool record; accepting links that record and no other. The pool
     * calls this after checking that the record is the current provider's and carries this address.
     */
    Sent invitePartner(String email, Long partnerId);

    /**
     * Withdraws the open invitations sent for a pool record (its e-mail address changed or was removed).
     *
     * @return the addresses whose links no longer work
     */
    List<String> withdrawForPartner(Long partnerId);

    List<PendingInvitation> pending(Pageable pageable);

    void revoke(Long invitationId);

    /** What the link shows before it is accepted; empty for an unknown, used, revoked or expired link. */
    Optional<OpenInvitation> open(String token);

    /** Accepts for a person who has no account yet: creates it with the given name and password. */
    void acceptWithNewAccount(String token, String displayName, String password);

    /**
     * Accepts for a person who already has an account: adds the membership to it. Only while signed in
     * as that account ({@code invitation.log-in-first} otherwise), so a forwarded link cannot add a
     * provider to someone else's account.
     */
    void acceptWithExistingAccount(String token);

    /**
     * An invitation was sent; {@code replacedEarlier} when an earlier link to the same address was still
     * open and has stopped working.
     */
    record Sent(String email, boolean replacedEarlier) {
    }

    /** Partner invitations of the current provider not yet accepted, newest first; for leads and coordinators. */
    List<PendingInvitation> pendingPartners(Pageable pageable);

    /**
     * Withdraws a partner invitation of the current provider (leads and coordinators); its link stops
     * working. Another provider's invitation and a staff invitation are refused alike.
     */
    void revokePartner(Long invitationId);

    record OpenInvitation(String providerName, String email, Role role, boolean accountExists) {
    }
}
