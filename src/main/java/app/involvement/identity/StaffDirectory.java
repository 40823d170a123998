package app.involvement.identity;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The current provider's staff (lead, coordinators, finance) and their roles. */
public interface StaffDirectory {

    List<StaffMember> list(Pageable pageable);

    long count();

    void changeRole(Long membershipId, Role role);

    void remove(Long membershipId);
}
