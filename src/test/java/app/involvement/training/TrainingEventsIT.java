package app.involvement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Sessions of a module: partners book (never beyond the places), staff mark attendance, which records completion. */
class TrainingEventsIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private TrainingEvents events;

    @Autowired
    private TrainingModules modules;

    @Autowired
    private TrainingRecords records;

    private Long module;

    @BeforeEach
    void module() {
        module = as(DemoLogins.NB_COORDINATOR, () -> modules.create(new TrainingModuleInput("Sessions " + System.nanoTime(),
                null, TrainingDelivery.IN_PERSON, 24)));
    }

    @Test
    void partnerBooksAPlace_andCannotBookTwice() {
        Long event = schedule(TODAY.plusDays(7), 5);

        as(DemoLogins.NB_PARTNER, () -> events.book(event));

        assertThat(as(DemoLogins.NB_PARTNER, () -> events.upcoming())).filteredOn(e -> e.id().equals(event))
                .singleElement().satisfies(e -> {
                    assertThat(e.bookedByMe()).isTrue();
                    assertThat(e.placesLeft()).isEqualTo(4);
                });
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> events.book(event))
                .hasMessage("training.event.already-booked"));
        as(DemoLogins.NB_PARTNER, () -> events.cancel(event));
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> events.bookings(event))).isEmpty();
    }

    @Test
    void aFullSession_refusesTheNextPartner() {
        Long event = schedule(TODAY.plusDays(3), 1);
        as(DemoLogins.NB_PARTNER, () -> events.book(event));

        as(DemoLogins.NB_CARER, () -> assertThatThrownBy(() -> events.book(event)).hasMessage("training.event.full"));

        assertThat(jdbc.queryForObject("select count(*) from training_booking where event_id = ?", Long.class, event)).isOne();
    }

    @Test
    void twoPartnersTakingTheLastPlaceAtOnce_neverOverfillIt() {
        Long event = schedule(TODAY.plusDays(3), 1);
        var start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> tries = new ArrayList<>();
        for (String partner : List.of(DemoLogins.NB_PARTNER, DemoLogins.NB_CARER)) {
            tries.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    as(partner, () -> events.book(event));
                    return true;
                } catch (BusinessRuleException full) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        start.countDown();

        assertThat(tries.stream().map(CompletableFuture::join).filter(booked -> booked).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from training_booking where event_id = ?", Long.class, event))
                .isOne();
    }

    @Test
    void markingAttended_recordsTheCompletionOnTheSessionsDay() {
        Long event = schedule(TODAY, 10);
        as(DemoLogins.NB_PARTNER, () -> events.book(event));
        Long partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, DemoLogins.NB_PARTNER);

        as(DemoLogins.NB_COORDINATOR, () -> events.markAttended(event, partner));

        assertThat(as(DemoLogins.NB_COORDINATOR, () -> events.bookings(event))).singleElement()
                .satisfies(b -> assertThat(b.attended()).isTrue());
        assertThat(as(DemoLogins.NB_PARTNER, () -> records.mine())).filteredOn(i -> i.moduleId().equals(module))
                .singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(TrainingStatus.DONE);
                    assertThat(i.completedOn()).isEqualTo(TODAY);
                    assertThat(i.validUntil()).isEqualTo(TODAY.plusMonths(24).minusDays(1));
                });
    }

    @Test
    void attendance_cannotBeMarkedBeforeTheDay() {
        Long event = schedule(TODAY.plusDays(1), 10);
        as(DemoLogins.NB_PARTNER, () -> events.book(event));
        Long partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, DemoLogins.NB_PARTNER);

        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> events.markAttended(event, partner))
                .hasMessage("training.event.not-yet"));
    }

    @Test
    void badSessions_areRefused_andNothingStored() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> events.schedule(module, new TrainingEventInput(TODAY.minusDays(1), null, "Room 1",
                    false, 5))).hasMessage("training.event.in-past");
            assertThatThrownBy(() -> events.schedule(module, new TrainingEventInput(TODAY, "25:00", "Room 1", false, 5)))
                    .hasMessage("training.event.bad-time");
            assertThatThrownBy(() -> events.schedule(module, new TrainingEventInput(TODAY, null, " ", false, 5)))
                    .hasMessage("field.required");
            assertThatThrownBy(() -> events.schedule(module, new TrainingEventInput(TODAY, null, "Room 1", false, 0)))
                    .hasMessage("training.event.places-range");
        });
        assertThat(jdbc.queryForObject("select count(*) from training_event where module_id = ?", Long.class, module)).isZero();
    }

    @Test
    void anotherProvidersSession_cannotBeSeenBookedOrMarked() {
        Long event = schedule(TODAY.plusDays(2), 10);
        as(DemoLogins.SM_PARTNER, () -> {
            assertThat(events.upcoming()).extracting(TrainingEventView::id).doesNotContain(event);
            assertThatThrownBy(() -> events.book(event)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> events.bookings(event)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.schedule(module, new TrainingEventInput(TODAY, null, "Ours", false, 3)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(events.forModule(module)).isEmpty();
        });
        assertThatThrownBy(() -> as(DemoLogins.NB_PARTNER, () -> events.schedule(module,
                new TrainingEventInput(TODAY, null, "Mine", false, 3)))).isInstanceOf(AccessDeniedException.class);
    }

    private Long schedule(LocalDate on, int places) {
        return as(DemoLogins.NB_COORDINATOR, () -> events.schedule(module, new TrainingEventInput(on, "10:00",
                "Room 2.14, Health Sciences Building", false, places)));
    }
}
