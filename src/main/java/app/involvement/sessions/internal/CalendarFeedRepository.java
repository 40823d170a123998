package app.involvement.sessions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by Hibernate. */
interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    List<CalendarFeed> findByPartnerIdAndRevokedAtIsNull(Long partnerId);
}
