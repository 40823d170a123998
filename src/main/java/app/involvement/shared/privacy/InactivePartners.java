package app.involvement.shared.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * Partners of a provider who have not been involved, and whose status has not changed, since before a day: those the
 * retention job hands to {@link RetentionErasure} (DD049). Erased partners are never listed again.
 */
public interface InactivePartners {

    /** A partner past the inactivity period; {@code lastActive} is the later of their last involvement and status change. */
    record InactivePartner(long partnerId, String name, LocalDate lastActive) {
    }

    long count(long tenantId, LocalDate before);

    /** Longest inactive first, then by id; {@code limit} rows from {@code offset}. */
    List<InactivePartner> find(long tenantId, LocalDate before, int offset, int limit);
}
