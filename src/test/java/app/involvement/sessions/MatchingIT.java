package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.training.TrainingEligibility;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Matching a session: every active partner, eligible ones first and fairest first, the others with every reason
 * they are left out. Each test has its own activity type and day, far ahead of the demo data.
 */
class MatchingIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Matching matching;

    @Autowired
    private Sessions sessions;

    @Autowired
    private TrainingEligibility eligibility;

    private SessionFixtures nb;
    private Long type;
    private LocalDate day;

    @BeforeEach
    void ownTypeAndDay() {
        nb = new SessionFixtures(jdbc, providerId("NBU"));
        type = nb.activityType();
        day = TODAY.plusDays(1000 + SessionFixtures.unique() % 300).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    @Test
    void everyReasonToLeaveSomeoneOut_isShown() {
        Long module = nb.requiredModule(type);
        Long session = session(day, LocalTime.of(11, 0), 120, Set.of());
        Long ready = prepared("Ready", module);
        nb.exception(ready, day, true);
        Long lastDay = nb.partner("Training ends that day", null);
        nb.trained(lastDay, module, TODAY.minusYears(1), day, true);
        nb.exception(lastDay, day, true);
        Long untrained = free("Untrained");
        Long unconfirmed = free("Unconfirmed");
        nb.trained(unconfirmed, module, TODAY.minusDays(10), null, false);
        Long expired = free("Expired");
        nb.trained(expired, module, TODAY.minusYears(2), day.minusDays(1), true);
        Long away = prepared("Away", module);
        nb.exception(away, day, false);
        Long morningsOnly = prepared("Mornings only", module);
        nb.weekly(morningsOnly, day, "MORNING");
        Long wholeSpan = prepared("Mornings and afternoons", module);
        nb.weekly(wholeSpan, day, "MORNING");
        nb.weekly(wholeSpan, day, "AFTERNOON");
        Long clashing = prepared("Busy at lunchtime", module);
        nb.exception(clashing, day, true);
        Long besides = prepared("Busy after", module);
        nb.exception(besides, day, true);
        Long other = session(day, LocalTime.of(12, 30), 90, Set.of());
        nb.offer(other, clashing, OfferStatus.CONFIRMED);
        Long after = session(day, LocalTime.of(13, 0), 60, Set.of());
        nb.offer(after, besides, OfferStatus.CONFIRMED);
        Long declined = prepared("Declined", module);
        nb.exception(declined, day, true);
        nb.offer(session, declined, OfferStatus.DECLINED);
        Long expiredOffer = prepared("Let it expire", module);
        nb.exception(expiredOffer, day, true);
        nb.offer(session, expiredOffer, OfferStatus.EXPIRED);
        Long resting = prepared("Resting", module);
        nb.status(resting, "RESTING");

        var all = candidates(session);

        assertThat(all.get(ready).exclusions()).isEmpty();
        assertThat(all.get(lastDay).exclusions()).isEmpty();
        assertThat(all.get(untrained).exclusions()).containsExactly(MatchExclusion.NOT_PREPARED);
        assertThat(all.get(unconfirmed).exclusions()).containsExactly(MatchExclusion.NOT_PREPARED);
        assertThat(all.get(expired).exclusions()).containsExactly(MatchExclusion.NOT_PREPARED);
        assertThat(all.get(away).exclusions()).containsExactly(MatchExclusion.UNAVAILABLE);
        assertThat(all.get(morningsOnly).exclusions()).as("the session runs into the afternoon")
                .containsExactly(MatchExclusion.UNAVAILABLE);
        assertThat(all.get(wholeSpan).exclusions()).isEmpty();
        assertThat(all.get(clashing).exclusions()).containsExactly(MatchExclusion.CLASH);
        assertThat(all.get(besides).exclusions()).as("starts when this one ends").isEmpty();
        assertThat(all.get(declined).exclusions()).containsExactly(MatchExclusion.ALREADY_ASKED);
        assertThat(all.get(expiredOffer).exclusions()).isEmpty();
        assertThat(all).doesNotContainKey(resting);
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> matching.count(session))).isEqualTo(all.size());
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> eligibility.unprepared(type, day,
                List.of(ready, lastDay, untrained, unconfirmed, expired))))
                .containsExactlyInAnyOrder(untrained, unconfirmed, expired);
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThat(eligibility.check(lastDay, type, day).prepared()).as("the one-partner check agrees").isTrue();
            assertThat(eligibility.check(expired, type, day).prepared()).isFalse();
            assertThat(eligibility.check(unconfirmed, type, day).prepared()).isFalse();
        });
    }

    @Test
    void requiredExperience_countsOnlyWithConsentInForce() {
        Long wanted = nb.category();
        Long session = session(day, LocalTime.of(18, 0), 60, Set.of(wanted));
        Long consented = free("Consented");
        nb.experience(consented, wanted, true);
        Long withdrawn = free("No consent");
        nb.experience(withdrawn, wanted, false);
        Long otherExperience = free("Other experience");
        nb.experience(otherExperience, nb.category(), true);

        var all = candidates(session);

        assertThat(all.get(consented).exclusions()).isEmpty();
        assertThat(all.get(withdrawn).exclusions()).containsExactly(MatchExclusion.EXPERIENCE_MISSING);
        assertThat(all.get(otherExperience).exclusions()).containsExactly(MatchExclusion.EXPERIENCE_MISSING);
    }

    @Test
    void eligiblePartners_comeFirst_leastRecentlyInvolvedThenFewestSessionsThisYear() {
        Long session = session(day, LocalTime.of(14, 0), 60, Set.of());
        Long never = free("Zed", null);
        Long longAgo = free("Yan", LocalDate.of(2020, 1, 1));
        Long twice = free("Abe", LocalDate.of(2024, 1, 1));
        Long noneBee = free("Bee", LocalDate.of(2024, 1, 1));
        Long noneCee = free("Cee", LocalDate.of(2024, 1, 1));
        Long unavailable = nb.partner("Aaron away", null);
        nb.exception(unavailable, day, false);
        for (SessionKind kind : List.of(SessionKind.INVOLVEMENT, SessionKind.SIMULATION_DEVELOPMENT,
                SessionKind.SIMULATION_REUSE)) {
            Long past = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(), type,
                    TODAY.plusDays(1), LocalTime.of(9, 0), 60, 1, 1, OfferMode.FIRST_COME, kind, Set.of())));
            nb.attendedCompleted(past, twice, TODAY);
        }

        var all = candidates(session);

        assertThat(all.keySet().stream().filter(List.of(never, longAgo, twice, noneBee, noneCee, unavailable)::contains))
                .containsExactly(never, longAgo, noneBee, noneCee, twice, unavailable);
        assertThat(all.get(twice).sessionsThisYear()).as("simulation re-use never counts").isEqualTo(2);
        assertThat(all.get(never).lastInvolvedOn()).isNull();
        assertThat(all.entrySet().stream().takeWhile(e -> e.getValue().eligible()).count())
                .as("every eligible partner before the first left out")
                .isEqualTo(all.values().stream().filter(MatchCandidate::eligible).count());
    }

    @Test
    void anotherProvidersSession_isRefused() {
        Long session = session(day, LocalTime.of(10, 0), 60, Set.of());
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> matching.candidates(session, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> matching.count(session)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> matching.count(session))
                .isInstanceOf(AccessDeniedException.class));
    }

    /** Every candidate, page by page, in the order matching gives. */
    private Map<Long, MatchCandidate> candidates(Long session) {
        return as(DemoLogins.NB_COORDINATOR, () -> {
            var all = new LinkedHashMap<Long, MatchCandidate>();
            long count = matching.count(session);
            for (int page = 0; (long) page * 50 < count; page++) {
                matching.candidates(session, PageRequest.of(page, 50)).forEach(c -> all.put(c.partnerId(), c));
            }
            return all;
        });
    }

    private Long session(LocalDate on, LocalTime start, int minutes, Set<Long> wanted) {
        return as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(), type, on,
                start, minutes, 1, 3, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, wanted)));
    }

    private Long prepared(String name, Long module) {
        Long partner = nb.partner(name, null);
        nb.trained(partner, module, TODAY.minusDays(30), null, true);
        return partner;
    }

    private Long free(String name) {
        return free(name, null);
    }

    private Long free(String name, LocalDate lastInvolved) {
        Long partner = nb.partner(name, lastInvolved);
        nb.exception(partner, day, true);
        return partner;
    }
}
