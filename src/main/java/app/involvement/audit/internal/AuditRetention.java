package app.involvement.audit.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.RetentionTask;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's audit entries past their period (DD049). On MySQL/MariaDB the log refuses deletes (V30) unless the
 * connection says {@code @involvement_audit_change = 'retention'}: set on the transaction's own connection just before
 * the delete and cleared straight after, as connections are pooled. H2 has no such trigger, and no such variable.
 */
@Component
class AuditRetention implements RetentionTask {

    private static final String DUE = " from audit_entry where tenant_id = ? and occurred_at < ?";

    private final JdbcTemplate jdbc;

    AuditRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.AUDIT_ENTRIES;
    }

    @Override
    public long countDue(long tenantId, LocalDate before) {
        Long count = jdbc.queryForObject("select count(*)" + DUE, Long.class, tenantId, start(before));
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeDue(long tenantId, LocalDate before) {
        BackgroundOnly.check();
        boolean mysql = onMySql();
        if (mysql) {
            jdbc.execute("set @involvement_audit_change = 'retention'");
        }
        try {
            return jdbc.update("delete" + DUE, tenantId, start(before));
        } finally {
            if (mysql) {
                jdbc.execute("set @involvement_audit_change = null");
            }
        }
    }

    private boolean onMySql() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        }));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(UK).toInstant());
    }
}
