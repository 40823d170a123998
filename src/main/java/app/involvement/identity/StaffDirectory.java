package app.involvement.identity;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The current provider's staff (lead, coordinators, finance) and their roles. */
public interface StaffDirectory {

    int CHOICES_MAX = 500;

    List<StaffMember> list(Pageable pageable);

    long count();

    /**
     * The provider's involvement leads and coordinators, by name: the people a programme can name as
     * its lead or coordinator. Readable by all staff; at most {@link #CHOICES_MAX} entries.
     */
    List<StaffChoice> choices();

    void changeRole(Long membershipId, Role role);

    void remove(Long membershipId);
}
