package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TwoSchedulers;
import app.involvement.sessions.OfferMode;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.sessions.Sessions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer-expiry job, as two app instances (two lock providers on one database) run it at the same moment: the
 * unanswered offer expires once, and the freed place goes to the next backup once.
 */
class OfferExpiryIT extends IntegrationTestBase {

    @Autowired
    private OfferExpiry expiry;

    @Autowired
    private Offers offers;

    @Autowired
    private Sessions sessions;

    @Autowired
    private DataSource dataSource;

    @Test
    void twoInstancesRunningTheJobAtOnce_expireOnce_andAskTheNextBackupOnce() {
        Long tenant = providerId("NBU");
        Long session = session(tenant);
        Long asked = offer(tenant, session, "OFFERED", 1, Instant.now().minusSeconds(60));
        Long next = offer(tenant, session, "BACKUP", 2, null);
        TwoSchedulers.runTogether(dataSource, expiry::expireDue, offers::expireDue, "session-offer-expiry",
                Duration.ofMinutes(10));

        assertThat(status(asked)).isEqualTo("EXPIRED");
        assertThat(status(next)).isEqualTo("OFFERED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'SESSION_OFFERS_EXPIRED'"
                + " and subject = ?", Long.class, "session " + session)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'SESSION_BACKUP_OFFERED'"
                + " and subject = ?", Long.class, "offer " + next)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'session-offer-expiry'", Long.class))
                .isOne();
    }

    private Long session(Long tenant) {
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        return as(DemoLogins.NB_COORDINATOR, () -> sessions.create(new SessionInput(programme, type, "Expiry check",
                "Checking expiry.", LocalDate.now().plusDays(900), LocalTime.of(10, 0), 60, "Room 1", null, 1, 1,
                SessionLevel.CONSULTED, SessionKind.INVOLVEMENT, Set.of(), false, null, null, null, null, false, false,
                OfferMode.FIRST_COME, 48, 2)));
    }

    private Long offer(Long tenant, Long session, String status, int rank, Instant expires) {
        String email = "expiry" + System.nanoTime() + "@partners.example";
        jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                + " contact_preference, created_at) values (0, ?, 'Exa', ?, 'CARER', 'ACTIVE', ?, 'EMAIL', ?)", tenant,
                email, Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now()));
        Long partner = jdbc.queryForObject("select id from partner where email = ?", Long.class, email);
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, backup_rank,"
                + " offered_at, expires_at) values (0, ?, ?, ?, ?, ?, ?, ?)", tenant, session, partner, status, rank,
                Timestamp.from(Instant.now().minusSeconds(3600)), expires == null ? null : Timestamp.from(expires));
        return jdbc.queryForObject("select id from session_offer where partner_id = ?", Long.class, partner);
    }

    private String status(Long offer) {
        return jdbc.queryForObject("select status from session_offer where id = ?", String.class, offer);
    }
}
