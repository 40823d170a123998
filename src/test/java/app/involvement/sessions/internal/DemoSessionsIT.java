package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.UkFormats;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

/**
 * The demo sessions show real work to every role on first login, in both demo providers, and tell a consistent
 * story: completed sessions lie in the past with attendance, places never exceed the target, and a partner's
 * "last involved" date is never before a session they attended that counts as involvement. The checks read sessions
 * that name their coordinator (planned through the service or by the demo), not rows other tests write directly.
 */
class DemoSessionsIT extends IntegrationTestBase {

    private final LocalDate today = LocalDate.now(UkFormats.UK_TIME);

    @Test
    void bothDemoProviders_havePastAndComingSessions() {
        for (String provider : List.of("NBU", "SMC")) {
            Long tenant = providerId(provider);
            assertThat(count("select count(*) from involvement_session where tenant_id = ? and status = 'COMPLETED'"
                    + " and held_on < ?", tenant, Date.valueOf(today))).as(provider + " completed sessions").isPositive();
            assertThat(count("select count(*) from involvement_session where tenant_id = ? and status = 'PLANNED'"
                    + " and held_on > ?", tenant, Date.valueOf(today))).as(provider + " coming sessions").isPositive();
        }
    }

    @Test
    void demoPartners_haveAnOfferWaiting_andAConfirmedPlaceWithPreparation() {
        for (String email : List.of(DemoLogins.NB_PARTNER, DemoLogins.NB_CARER, DemoLogins.SM_PARTNER)) {
            assertThat(count("select count(*) from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                    + " and s.id = o.session_id join partner p on p.tenant_id = o.tenant_id and p.id = o.partner_id"
                    + " join user_account u on u.id = p.user_id where u.email = ? and o.status = 'OFFERED'"
                    + " and o.expires_at > ? and s.status = 'PLANNED' and s.held_on > ?", email,
                    Timestamp.from(Instant.now()), Date.valueOf(today))).as(email + " offers waiting").isPositive();
            assertThat(count("select count(*) from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                    + " and s.id = o.session_id join partner p on p.tenant_id = o.tenant_id and p.id = o.partner_id"
                    + " join user_account u on u.id = p.user_id where u.email = ? and o.status = 'CONFIRMED'"
                    + " and s.status = 'PLANNED' and s.held_on > ? and s.preparation is not null", email,
                    Date.valueOf(today))).as(email + " confirmed places with preparation").isPositive();
        }
        assertThat(count("select count(*) from session_offer o join partner p on p.tenant_id = o.tenant_id"
                + " and p.id = o.partner_id join user_account u on u.id = p.user_id where u.email = ?"
                + " and o.status = 'CONFIRMED' and exists (select 1 from involvement_session s where s.tenant_id = o.tenant_id"
                + " and s.id = o.session_id and s.held_on > ? and s.preparation_link is not null)", DemoLogins.NB_PARTNER,
                Date.valueOf(today))).as("a preparation link for the demo service user").isPositive();
    }

    @Test
    void northbridge_showsContingencyAndSimulation() {
        Long nbu = providerId("NBU");
        assertThat(count("select count(*) from involvement_session s where s.tenant_id = ? and s.status = 'PLANNED'"
                + " and s.held_on >= ? and s.places_minimum > (select count(*) from session_offer o where o.tenant_id ="
                + " s.tenant_id and o.session_id = s.id and o.status = 'CONFIRMED')", nbu, Date.valueOf(today)))
                .as("sessions below their minimum").isPositive();
        List<Integer> ranks = jdbc.queryForList("select o.backup_rank from session_offer o where o.tenant_id = ?"
                + " and o.status = 'BACKUP' and o.session_id = (select min(b.session_id) from session_offer b"
                + " where b.tenant_id = ? and b.status = 'BACKUP') order by o.backup_rank", Integer.class, nbu, nbu);
        assertThat(ranks).as("a ranked backup list").hasSizeGreaterThan(1).startsWith(1).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select distinct kind from involvement_session where tenant_id = ?", String.class, nbu))
                .contains("SIMULATION_DEVELOPMENT", "SIMULATION_REUSE", "INVOLVEMENT");
        assertThat(jdbc.queryForList("select distinct level from involvement_session where tenant_id = ?", String.class,
                nbu)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void demoStory_isConsistent() {
        Long nbu = providerId("NBU");
        Long smc = providerId("SMC");
        // sessions planned by a person or the demo name their coordinator; rows other tests write directly do not,
        // and only the demo can plan one before today
        String planned = " and s.coordinator_email is not null";
        assertThat(count("select count(*) from involvement_session s where s.tenant_id in (?, ?) and s.held_on < ?"
                + " and (s.status <> 'COMPLETED' or s.completed_at is null)" + planned, nbu, smc, Date.valueOf(today)))
                .as("past sessions not completed after they took place").isZero();
        assertThat(count("select count(*) from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                + " and s.id = o.session_id where o.tenant_id in (?, ?) and s.status = 'COMPLETED' and s.held_on < ?"
                + " and o.status = 'CONFIRMED' and o.attendance is null" + planned, nbu, smc, Date.valueOf(today)))
                .as("confirmed partners on completed sessions without attendance").isZero();
        assertThat(count("select count(*) from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                + " and s.id = o.session_id where o.tenant_id in (?, ?) and s.status = 'PLANNED'"
                + " and o.attendance is not null and s.held_on > ?" + planned, nbu, smc, Date.valueOf(today)))
                .as("attendance on sessions still to come").isZero();
        assertThat(count("select count(*) from involvement_session s where s.tenant_id in (?, ?) and s.places_target <"
                + " (select count(*) from session_offer o where o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " and o.status = 'CONFIRMED')" + planned, nbu, smc)).as("sessions over their target").isZero();
        List<Map<String, Object>> behind = jdbc.queryForList("select p.id, p.last_involved_on from partner p"
                + " where p.tenant_id in (?, ?) and exists (select 1 from session_offer o join involvement_session s"
                + " on s.tenant_id = o.tenant_id and s.id = o.session_id where o.tenant_id = p.tenant_id"
                + " and o.partner_id = p.id and o.attendance = 'ATTENDED' and s.kind <> 'SIMULATION_REUSE'"
                + " and s.held_on < ? and (p.last_involved_on is null or p.last_involved_on < s.held_on)" + planned + ")",
                nbu, smc, Date.valueOf(today));
        assertThat(behind).as("partners whose last involvement is before a session they attended").isEmpty();
    }

    @Test
    void demoSessions_loadOnlyInTheDemoProfile() {
        assertThat(DemoSessions.class.getAnnotation(Profile.class).value()).containsExactly("demo & !mysql");
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
