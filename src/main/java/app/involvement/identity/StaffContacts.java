package app.involvement.identity;

import java.util.Optional;

/**
 * Name and e-mail address of a lead or coordinator of the current provider, for anyone in the provider
 * (a partner is shown their named contact). Empty for anyone else, including people who have left.
 */
public interface StaffContacts {

    Optional<StaffContact> find(Long userId);
}
