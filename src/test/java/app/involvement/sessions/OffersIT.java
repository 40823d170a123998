package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Offers and places: sending to eligible partners only, first come first served with backups, the coordinator
 * confirming, declining, expiry, withdrawal handing the place to the next backup, and ids tampered across partners
 * and providers refused. Each test works on its own day, far ahead, so no test's places clash with another's.
 */
@RecordApplicationEvents
class OffersIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Offers offers;

    @Autowired
    private Sessions sessions;

    @Autowired
    private ApplicationEvents events;

    private SessionFixtures nb;
    private Long type;
    private Long sam;
    private Long carer;
    private LocalDate day;

    @BeforeEach
    void partnersFreeOnTheDay() {
        nb = new SessionFixtures(jdbc, providerId("NBU"));
        type = nb.activityType();
        day = TODAY.plusDays(400 + SessionFixtures.unique() % 300);
        sam = nb.partnerByEmail(DemoLogins.NB_PARTNER);
        carer = nb.partnerByEmail(DemoLogins.NB_CARER);
        for (Long partner : List.of(sam, carer)) {
            nb.status(partner, "ACTIVE");
            nb.exception(partner, day, true);
        }
    }

    @Test
    void firstComeFirstServed_fillsThePlaces_thenKeepsBackupsInOrder() {
        Long session = session(1, 1, OfferMode.FIRST_COME);

        assertThat(as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)))).isEqualTo(2);

        assertThat(as(DemoLogins.NB_PARTNER, () -> offers.accept(nb.offerOf(session, sam))))
                .isEqualTo(AcceptOutcome.CONFIRMED);
        assertThat(as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer))))
                .isEqualTo(AcceptOutcome.BACKUP);
        assertThat(nb.rank(nb.offerOf(session, carer))).isEqualTo(1);
        assertThat(events.stream(OfferSent.class).filter(e -> e.sessionId().equals(session))).hasSize(2);
        assertThat(events.stream(PlaceConfirmed.class).filter(e -> e.sessionId().equals(session)))
                .singleElement().satisfies(e -> assertThat(e.partnerId()).isEqualTo(sam));
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> offers.forSession(session)))
                .extracting(OfferRow::partnerId, OfferRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sam, OfferStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(carer, OfferStatus.BACKUP));
    }

    @Test
    void aConfirmedPartnerWithdrawing_offersThePlaceToTheNextBackup_andTellsTheCoordinatorAndLead() {
        Long session = session(1, 1, OfferMode.FIRST_COME);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)));
        as(DemoLogins.NB_PARTNER, () -> offers.accept(nb.offerOf(session, sam)));
        as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer)));

        as(DemoLogins.NB_PARTNER, () -> offers.withdraw(nb.offerOf(session, sam), "  Feeling unwell  "));

        assertThat(nb.status(nb.offerOf(session, sam))).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(nb.status(nb.offerOf(session, carer))).isEqualTo(OfferStatus.OFFERED);
        assertThat(events.stream(OfferSent.class).filter(e -> e.sessionId().equals(session) && e.backup()))
                .singleElement().satisfies(e -> assertThat(e.partnerId()).isEqualTo(carer));
        assertThat(events.stream(PlaceWithdrawn.class).filter(e -> e.sessionId().equals(session)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Feeling unwell"));
        assertThat(events.stream(SessionBelowMinimum.class).filter(e -> e.sessionId().equals(session))).hasSize(1);

        assertThat(as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer))))
                .isEqualTo(AcceptOutcome.CONFIRMED);
    }

    @Test
    void aWithdrawalReasonTooLong_isRefused_andThePlaceKept() {
        Long session = session(1, 1, OfferMode.FIRST_COME);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam)));
        Long offer = nb.offerOf(session, sam);
        as(DemoLogins.NB_PARTNER, () -> offers.accept(offer));

        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> offers.withdraw(offer,
                "x".repeat(SessionLimits.WITHDRAWAL_REASON + 1))).hasMessage("field.too-long"));

        assertThat(nb.status(offer)).isEqualTo(OfferStatus.CONFIRMED);
    }

    @Test
    void aBackupNotAnsweringInTime_passesTheFreedPlaceToTheNextBackup() {
        Long session = session(1, 1, OfferMode.FIRST_COME);
        Long holder = nb.offer(session, nb.partner("Holder", null), OfferStatus.CONFIRMED);
        Long first = backup(session, nb.partner("First backup", null), 1);
        Long second = backup(session, nb.partner("Second backup", null), 2);

        as(DemoLogins.NB_COORDINATOR, () -> offers.retract(holder));
        assertThat(nb.status(first)).isEqualTo(OfferStatus.OFFERED);
        assertThat(nb.status(second)).isEqualTo(OfferStatus.BACKUP);

        expireNow(first);
        assertThat(offers.expireDue()).isPositive();

        assertThat(nb.status(first)).isEqualTo(OfferStatus.EXPIRED);
        assertThat(nb.status(second)).isEqualTo(OfferStatus.OFFERED);
        assertThat(events.stream(OfferSent.class).filter(e -> e.sessionId().equals(session) && e.backup())
                .map(OfferSent::offerId)).containsExactly(first, second);
    }

    @Test
    void declining_andLettingAnOfferExpire_endIt_andAnExpiredOfferCanBeSentAgain() {
        Long session = session(1, 2, OfferMode.FIRST_COME);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)));

        as(DemoLogins.NB_PARTNER, () -> offers.decline(nb.offerOf(session, sam)));
        expireNow(nb.offerOf(session, carer));
        as(DemoLogins.NB_CARER, () -> assertThatThrownBy(() -> offers.accept(nb.offerOf(session, carer)))
                .hasMessage("session.offer.expired"));
        offers.expireDue();

        assertThat(nb.status(nb.offerOf(session, sam))).isEqualTo(OfferStatus.DECLINED);
        assertThat(nb.status(nb.offerOf(session, carer))).isEqualTo(OfferStatus.EXPIRED);
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> offers.send(session, List.of(sam))).hasMessage("session.offer.not-eligible");
            assertThat(offers.send(session, List.of(carer))).isOne();
        });
        assertThat(nb.status(nb.offerOf(session, carer))).isEqualTo(OfferStatus.OFFERED);
        assertThat(as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer))))
                .isEqualTo(AcceptOutcome.CONFIRMED);
    }

    @Test
    void offersExpire_noLaterThanTheSessionStarts() {
        LocalDate soon = TODAY.plusDays(1);
        nb.exception(sam, soon, true);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.withOfferHours(
                SessionFixtures.input(nb.programme(), type, soon, LocalTime.of(9, 0), 60, 1, 1, OfferMode.FIRST_COME,
                        SessionKind.INVOLVEMENT, Set.of()), SessionLimits.MAX_OFFER_HOURS)));

        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam)));

        Instant expires = jdbc.queryForObject("select expires_at from session_offer where id = ?", Timestamp.class,
                nb.offerOf(session, sam)).toInstant();
        assertThat(expires).isEqualTo(soon.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @Test
    void acceptingWhileHoldingAPlaceAtAnOverlappingTime_isRefused() {
        Long session = session(1, 1, OfferMode.FIRST_COME);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam)));
        Long overlapping = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(),
                type, day, LocalTime.of(11, 30), 60, 1, 1, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of())));
        nb.offer(overlapping, sam, OfferStatus.CONFIRMED);

        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> offers.accept(nb.offerOf(session, sam)))
                .hasMessage("session.offer.clash"));

        assertThat(nb.status(nb.offerOf(session, sam))).isEqualTo(OfferStatus.OFFERED);
    }

    @Test
    void coordinatorConfirms_acceptancesWait_andNeverBeyondTheTarget() {
        Long session = session(1, 1, OfferMode.COORDINATOR_CONFIRMS);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)));

        assertThat(as(DemoLogins.NB_PARTNER, () -> offers.accept(nb.offerOf(session, sam))))
                .isEqualTo(AcceptOutcome.AWAITING_CONFIRMATION);
        assertThat(as(DemoLogins.NB_CARER, () -> offers.accept(nb.offerOf(session, carer))))
                .isEqualTo(AcceptOutcome.AWAITING_CONFIRMATION);
        as(DemoLogins.NB_COORDINATOR, () -> {
            offers.confirm(nb.offerOf(session, carer));
            assertThatThrownBy(() -> offers.confirm(nb.offerOf(session, sam))).hasMessage("session.offer.session-full");
        });

        assertThat(nb.status(nb.offerOf(session, carer))).isEqualTo(OfferStatus.CONFIRMED);
        assertThat(nb.status(nb.offerOf(session, sam))).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(events.stream(PlaceConfirmed.class).filter(e -> e.sessionId().equals(session))).hasSize(1);
    }

    @Test
    void sending_isRefusedForIneligiblePartnersOrBadChoices_andNothingIsStored() {
        Long session = session(1, 2, OfferMode.FIRST_COME);
        Long away = nb.partner("Away that day", null);
        nb.exception(away, day, false);

        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> offers.send(session, List.of(sam, away)))
                    .hasMessage("session.offer.not-eligible");
            assertThatThrownBy(() -> offers.send(session, List.of())).hasMessage("session.offer.nobody-chosen");
            assertThatThrownBy(() -> offers.send(session, LongStream.rangeClosed(1, SessionLimits.MAX_OFFERS_AT_ONCE + 1)
                    .boxed().toList())).hasMessage("session.offer.too-many");
        });
        nb.status(carer, "RESTING");
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> offers.send(session, List.of(carer)))
                .hasMessage("session.offer.not-eligible"));

        assertThat(jdbc.queryForObject("select count(*) from session_offer where session_id = ?", Long.class, session))
                .isZero();
        assertThat(events.stream(OfferSent.class).filter(e -> e.sessionId().equals(session))).isEmpty();
    }

    @Test
    void aSessionThatHasStarted_cannotBeOffered() {
        nb.exception(sam, TODAY, true);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(), type,
                TODAY, LocalTime.MIDNIGHT, 15, 1, 1, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of())));

        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> offers.send(session, List.of(sam)))
                .hasMessage("session.offer.session-past"));
    }

    @Test
    void idsTamperedAcrossPartnersAndProviders_areRefused() {
        Long session = session(1, 2, OfferMode.FIRST_COME);
        as(DemoLogins.NB_COORDINATOR, () -> offers.send(session, List.of(sam, carer)));
        Long samsOffer = nb.offerOf(session, sam);
        Long southmoorPartner = new SessionFixtures(jdbc, providerId("SMC")).partnerByEmail(DemoLogins.SM_PARTNER);

        as(DemoLogins.NB_CARER, () -> {
            assertThatThrownBy(() -> offers.accept(samsOffer)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.decline(samsOffer)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.withdraw(samsOffer, null)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.SM_PARTNER, () -> assertThatThrownBy(() -> offers.accept(samsOffer))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> offers.forSession(session)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.send(session, List.of(sam))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.retract(samsOffer)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.confirm(samsOffer)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> offers.send(session, List.of(southmoorPartner)))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> offers.send(session, List.of(sam)))
                .isInstanceOf(AccessDeniedException.class));

        assertThat(nb.status(samsOffer)).isEqualTo(OfferStatus.OFFERED);
    }

    private Long session(int minimum, int target, OfferMode mode) {
        return as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(), type, day,
                LocalTime.of(10, 0), 120, minimum, target, mode, SessionKind.INVOLVEMENT, Set.of())));
    }

    private Long backup(Long session, Long partner, int rank) {
        Long offer = nb.offer(session, partner, OfferStatus.BACKUP);
        jdbc.update("update session_offer set backup_rank = ? where id = ?", rank, offer);
        return offer;
    }

    private void expireNow(Long offer) {
        jdbc.update("update session_offer set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
                offer);
    }
}
