package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.shared.UkFormats;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * A year of demo involvement (DD044): Northbridge's dashboard has something in every month, programme, area and
 * level, shared among many partners; Southmoor's leans on two partners, so its reliance pitfall fires. The checks
 * read completed sessions held in the past year that the demo planned (they name a coordinator).
 */
class DemoSessionHistoryIT extends IntegrationTestBase {

    private static final String YEAR = " from involvement_session s where s.tenant_id = ? and s.status = 'COMPLETED'"
            + " and s.coordinator_email is not null and s.held_on >= ? and s.held_on < ?";
    private static final String ATTENDED = " from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
            + " and s.id = o.session_id where o.tenant_id = ? and o.attendance = 'ATTENDED'"
            + " and s.kind <> 'SIMULATION_REUSE' and s.status = 'COMPLETED' and s.coordinator_email is not null"
            + " and s.held_on >= ? and s.held_on < ?";

    private final LocalDate today = LocalDate.now(UkFormats.UK_TIME);

    @Autowired
    private DemoSessionHistory history;

    @Test
    void northbridge_hasAYearOfSessions_inEveryProgrammeAreaAndLevel() {
        Long nbu = providerId("NBU");
        assertThat(count("select count(*)" + YEAR, nbu, yearAgo(), now())).as("completed sessions this past year")
                .isGreaterThanOrEqualTo(DemoSessionHistory.NB_SESSIONS);
        assertThat(count("select count(distinct year(s.held_on) * 100 + month(s.held_on))" + YEAR, nbu, yearAgo(), now()))
                .as("months with a session").isGreaterThanOrEqualTo(11);
        assertThat(count("select count(distinct s.programme_id)" + YEAR, nbu, yearAgo(), now())).as("programmes")
                .isEqualTo(3);
        assertThat(count("select count(distinct t.area)" + YEAR.replace(" where", " join activity_type t on"
                + " t.tenant_id = s.tenant_id and t.id = s.activity_type_id where"), nbu, yearAgo(), now()))
                .as("activity areas").isEqualTo(4);
        assertThat(count("select count(distinct s.level)" + YEAR, nbu, yearAgo(), now())).as("levels").isEqualTo(4);
        assertThat(count("select count(*)" + YEAR + " and s.held_on < ?", nbu, yearAgo(), now(),
                Date.valueOf(today.minusDays(DemoSessionHistory.MARKER_DAYS)))).as("older than the past term")
                .isGreaterThanOrEqualTo(25);
    }

    @Test
    void northbridge_reusesASimulation_withNobodyTakingPart() {
        Long nbu = providerId("NBU");
        assertThat(count("select count(*)" + YEAR + " and s.kind = 'SIMULATION_REUSE' and s.title like 'Mental health"
                + " crisis scenario (recording)%' and not exists (select 1 from session_offer o where o.tenant_id ="
                + " s.tenant_id and o.session_id = s.id)", nbu, yearAgo(), now())).isEqualTo(1);
        assertThat(count("select count(*)" + YEAR + " and s.kind = 'SIMULATION_DEVELOPMENT' and s.title like"
                + " 'Filming a mental health crisis scenario%'", nbu, yearAgo(), now())).isEqualTo(1);
    }

    @Test
    void northbridge_sharesTheInvolvement_southmoorLeansOnTwoPartners() {
        Long nbu = providerId("NBU");
        long nbAll = count("select count(*)" + ATTENDED, nbu, yearAgo(), now());
        List<Long> nbTop = jdbc.queryForList("select count(*)" + ATTENDED + " group by o.partner_id order by count(*)"
                + " desc", Long.class, nbu, yearAgo(), now());
        assertThat(nbTop.size()).as("Northbridge partners involved").isGreaterThanOrEqualTo(12);
        assertThat(nbTop.get(0) + nbTop.get(1)).as("Northbridge's two busiest partners").isLessThan(nbAll / 4);

        Long smc = providerId("SMC");
        long smAll = count("select count(*)" + ATTENDED, smc, yearAgo(), now());
        List<Long> smTop = jdbc.queryForList("select count(*)" + ATTENDED + " group by o.partner_id order by count(*)"
                + " desc", Long.class, smc, yearAgo(), now());
        assertThat(count("select count(*)" + YEAR, smc, yearAgo(), now())).as("Southmoor sessions")
                .isGreaterThanOrEqualTo(DemoSessionHistory.SM_SESSIONS);
        assertThat((smTop.get(0) + smTop.get(1)) * 100 / smAll).as("Southmoor's two busiest partners' share, %")
                .isGreaterThanOrEqualTo(75);
    }

    @Test
    void lastInvolved_followsTheHistory_andEveryPlaceHasAttendance() {
        Long nbu = providerId("NBU");
        Long smc = providerId("SMC");
        assertThat(count("select count(*) from partner p where p.tenant_id in (?, ?) and exists (select 1"
                + " from session_offer o join involvement_session s on s.tenant_id = o.tenant_id and s.id = o.session_id"
                + " where o.tenant_id = p.tenant_id and o.partner_id = p.id and o.attendance = 'ATTENDED'"
                + " and s.kind <> 'SIMULATION_REUSE' and s.coordinator_email is not null and s.held_on < ?"
                + " and (p.last_involved_on is null or p.last_involved_on < s.held_on))", nbu, smc, now()))
                .as("partners whose last involvement is before a session they attended").isZero();
        assertThat(count("select count(*) from session_offer o join involvement_session s on s.tenant_id = o.tenant_id"
                + " and s.id = o.session_id where o.tenant_id in (?, ?) and s.status = 'COMPLETED' and o.status ="
                + " 'CONFIRMED' and o.attendance is null and s.coordinator_email is not null", nbu, smc))
                .as("confirmed places on completed sessions without attendance").isZero();
    }

    @Test
    void runningTheHistoryAgain_addsNothing() {
        long before = count("select count(*) from involvement_session");
        long offersBefore = count("select count(*) from session_offer");
        history.run(null);
        assertThat(count("select count(*) from involvement_session")).isEqualTo(before);
        assertThat(count("select count(*) from session_offer")).isEqualTo(offersBefore);
    }

    @Test
    void history_loadsOnlyInTheDemoProfile_afterTheDemoSessions() {
        assertThat(DemoSessionHistory.class.getAnnotation(Profile.class).value()).containsExactly("demo & !mysql");
        assertThat(DemoSessionHistory.class.getAnnotation(Order.class).value()).isEqualTo(25);
    }

    private Date yearAgo() {
        return Date.valueOf(today.minusYears(1));
    }

    private Date now() {
        return Date.valueOf(today);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
