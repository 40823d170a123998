package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attendance after a session, completing it, and what completing changes (DD030). */
@RecordApplicationEvents
class AttendancesIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Attendances attendances;

    @Autowired
    private ApplicationEvents events;

    @Test
    void completing_publishesTheAttendedPartners_andMovesTheirLastInvolvedDayOn() {
        LocalDate heldOn = TODAY.minusDays(1);
        Long session = SessionTestData.insert(jdbc, "NBU", heldOn, "Interview day " + System.nanoTime(), 1, 3,
                "INVOLVEMENT");
        Long came = newPartner("NBU", TODAY.minusDays(40));
        Long stayedAway = newPartner("NBU", TODAY.minusDays(40));
        Long alreadyLater = newPartner("NBU", TODAY);
        Long cameOffer = SessionTestData.offer(jdbc, session, came, "CONFIRMED");
        Long awayOffer = SessionTestData.offer(jdbc, session, stayedAway, "CONFIRMED");
        Long laterOffer = SessionTestData.offer(jdbc, session, alreadyLater, "CONFIRMED");

        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(cameOffer, Attendance.ATTENDED, awayOffer, Attendance.NO_SHOW,
                    laterOffer, Attendance.ATTENDED));
            attendances.complete(session);
        });

        var completed = events.stream(SessionCompleted.class).filter(e -> e.sessionId().equals(session)).toList();
        assertThat(completed).singleElement().satisfies(e -> {
            assertThat(e.attendedPartnerIds()).containsExactlyInAnyOrder(came, alreadyLater);
            assertThat(e.heldOn()).isEqualTo(heldOn);
            assertThat(e.kind()).isEqualTo(SessionKind.INVOLVEMENT);
        });
        assertThat(lastInvolved(came)).isEqualTo(heldOn);
        assertThat(lastInvolved(stayedAway)).as("a no-show is not involvement").isEqualTo(TODAY.minusDays(40));
        assertThat(lastInvolved(alreadyLater)).as("never moved backwards").isEqualTo(TODAY);
        assertThat(jdbc.queryForObject("select status from involvement_session where id = ?", String.class, session))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select attendance from session_offer where id = ?", String.class, awayOffer))
                .isEqualTo("NO_SHOW");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ATTENDANCE_RECORDED'"
                + " and subject = ?", Long.class, "offer " + cameOffer)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'SESSION_COMPLETED'"
                + " and subject = ?", Long.class, "session " + session)).isOne();
    }

    @Test
    void simulationReUse_isCompleted_butNeverCountsAsInvolvement() {
        LocalDate heldOn = TODAY.minusDays(2);
        Long session = SessionTestData.insert(jdbc, "NBU", heldOn, "Re-used scenario " + System.nanoTime(), 1, 2,
                "SIMULATION_REUSE");
        Long partner = newPartner("NBU", TODAY.minusDays(60));
        Long offer = SessionTestData.offer(jdbc, session, partner, "CONFIRMED");

        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });

        assertThat(events.stream(SessionCompleted.class).filter(e -> e.sessionId().equals(session)))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(SessionKind.SIMULATION_REUSE));
        assertThat(lastInvolved(partner)).isEqualTo(TODAY.minusDays(60));
    }

    @Test
    void completing_withAttendanceMissing_isRefused_andNothingChanges() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Half done " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long first = SessionTestData.offer(jdbc, session, newPartner("NBU", null), "CONFIRMED");
        SessionTestData.offer(jdbc, session, newPartner("NBU", null), "CONFIRMED");

        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(first, Attendance.ATTENDED));
            assertThatThrownBy(() -> attendances.complete(session)).isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "attendance.missing");
        });
        assertThat(jdbc.queryForObject("select status from involvement_session where id = ?", String.class, session))
                .isEqualTo("PLANNED");
        assertThat(events.stream(SessionCompleted.class).filter(e -> e.sessionId().equals(session))).isEmpty();
    }

    @Test
    void attendance_beforeTheSessionStarts_orForSomeoneWithoutAPlace_isRefused() {
        Long future = SessionTestData.insert(jdbc, "NBU", TODAY.plusDays(3), "Not yet " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long futureOffer = SessionTestData.offer(jdbc, future, newPartner("NBU", null), "CONFIRMED");
        Long past = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Declined one " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long declined = SessionTestData.offer(jdbc, past, newPartner("NBU", null), "DECLINED");

        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> attendances.record(future, Map.of(futureOffer, Attendance.ATTENDED)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "attendance.not-started");
            assertThatThrownBy(() -> attendances.complete(future)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> attendances.record(past, Map.of(declined, Attendance.ATTENDED)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select attendance from session_offer where id = ?", String.class, declined))
                .isNull();
    }

    @Test
    void anotherProvidersSessionOrOffer_isRefused_andTheRefusalAudited() {
        Long northbridge = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Theirs " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        Long theirOffer = SessionTestData.offer(jdbc, northbridge, newPartner("NBU", null), "CONFIRMED");
        Long southmoor = SessionTestData.insert(jdbc, "SMC", TODAY.minusDays(1), "Ours " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");

        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> attendances.record(northbridge, Map.of(theirOffer, Attendance.ATTENDED)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendances.complete(northbridge)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendances.record(southmoor, Map.of(theirOffer, Attendance.ATTENDED)))
                    .as("another provider's offer id on our own session").isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select attendance from session_offer where id = ?", String.class, theirOffer))
                .isNull();
        assertThat(jdbc.queryForObject("select status from involvement_session where id = ?", String.class, northbridge))
                .isEqualTo("PLANNED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, "session " + northbridge)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void partners_andFinance_cannotRecordAttendance() {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), "Staff only " + System.nanoTime(), 1, 2,
                "INVOLVEMENT");
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> attendances.complete(session))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> attendances.complete(session))
                .isInstanceOf(AccessDeniedException.class));
    }

    private Long newPartner(String provider, LocalDate lastInvolved) {
        Long tenant = providerId(provider);
        String name = "Attendee " + System.nanoTime();
        jdbc.update("insert into partner (version, tenant_id, preferred_name, kind, status, status_since,"
                + " contact_preference, created_at, last_involved_on) values (0, ?, ?, 'SERVICE_USER', 'ACTIVE', current_date,"
                + " 'EMAIL', current_timestamp, ?)", tenant, name,
                lastInvolved);
        return jdbc.queryForObject("select id from partner where tenant_id = ? and preferred_name = ?", Long.class,
                tenant, name);
    }

    private LocalDate lastInvolved(Long partner) {
        return jdbc.queryForObject("select last_involved_on from partner where id = ?", LocalDate.class, partner);
    }
}
