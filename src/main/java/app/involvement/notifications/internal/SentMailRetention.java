package app.involvement.notifications.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.RetentionTask;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mail the portal sent (or finally gave up on) for the provider, past its period (DD049): the outbox row goes, with
 * its recipient and subject (the body and attachment were cleared when it was sent). Mail still waiting stays.
 */
@Component
class SentMailRetention implements RetentionTask {

    private static final String DUE = " from mail_message where tenant_id = ? and status in ('SENT', 'FAILED')"
            + " and coalesce(sent_at, created_at) < ?";

    private final JdbcTemplate jdbc;

    SentMailRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.SENT_MAIL;
    }

    @Override
    public long countDue(long tenantId, LocalDate before) {
        Long count = jdbc.queryForObject("select count(*)" + DUE, Long.class, tenantId, start(before));
        return count == null ? 0 : count;
    }

    @Override
    public int removeDue(long tenantId, LocalDate before) {
        BackgroundOnly.check();
        return jdbc.update("delete" + DUE, tenantId, start(before));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(UK).toInstant());
    }
}
