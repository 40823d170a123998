package app.involvement.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("select m.id from MailMessage m where m.status = app.involvement.notifications.internal.MailMessage.Status.PENDING"
            + " and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDue(Instant now, Pageable pageable);

    /** Claims a due message for this instance: only one instance's update can match. */
    @Modifying
    @Query("update MailMessage m set m.nextAttemptAt = :leaseUntil where m.id = :id"
            + " and m.status = app.involvement.notifications.internal.MailMessage.Status.PENDING and m.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant leaseUntil);

    /** Messages in one state, all providers (the outbox is not tenant-scoped). */
    long countByStatus(MailMessage.Status status);
}
