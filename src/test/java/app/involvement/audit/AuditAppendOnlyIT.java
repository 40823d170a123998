package app.involvement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.involvement.IntegrationTestBase;
import app.involvement.shared.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * On MySQL and MariaDB the audit log is append-only in the database itself: even a direct SQL update or
 * delete is refused (triggers of V8_1). H2, used for the demo and tests only, has no such triggers.
 */
class AuditAppendOnlyIT extends IntegrationTestBase {

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void onMySqlAndMariaDb_updateAndDeleteOfAnAuditEntryAreRefused() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        assumeThat(product).as("triggers exist on MySQL and MariaDB only").isIn("MySQL", "MariaDB");
        String subject = "append-only " + System.nanoTime();
        events.publishEvent(new AuditEvent("APPEND_ONLY_PROBE", null, "test", subject, "original"));
        Long id = jdbc.queryForObject("select id from audit_entry where subject = ?", Long.class, subject);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'forged' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, id)).isEqualTo("original");
    }
}
