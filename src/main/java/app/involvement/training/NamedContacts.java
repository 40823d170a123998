package app.involvement.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * Each partner's named staff contact, chosen by a lead or coordinator from the provider's current leads
 * and coordinators. A contact who has left the provider is no longer shown.
 */
public interface NamedContacts {

    /** The signed-in partner's named contact; empty when none is named (or they have left). */
    Optional<NamedContact> mine();

    /** A partner's named contact, for staff; empty for none and for another provider's partner alike. */
    Optional<NamedContact> of(Long partnerId);

    /**
     * Names (or changes) a partner's contact and writes an audit entry.
     *
     * @throws app.involvement.shared.BusinessRuleException when the person is not a current lead or coordinator
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's partner
     */
    void assign(Long partnerId, Long staffUserId);

    /**
     * One page of the provider's partners (those who have left excepted) with their named contact, by name;
     * with {@code withoutContactOnly}, only those who have none (or whose contact has left). One query.
     */
    List<NamedContactRow> list(boolean withoutContactOnly, Pageable pageable);

    long count(boolean withoutContactOnly);
}
