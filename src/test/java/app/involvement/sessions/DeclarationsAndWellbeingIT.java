package app.involvement.sessions;

import static app.involvement.sessions.MySessionsFixture.offerOn;
import static app.involvement.sessions.MySessionsFixture.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Declarations, check-ins and debrief requests: only on the partner's own place, with clear refusals. */
@RecordApplicationEvents
class DeclarationsAndWellbeingIT extends IntegrationTestBase {

    @Autowired
    private Declarations declarations;

    @Autowired
    private MyWellbeing myWellbeing;

    @Autowired
    private Wellbeing wellbeing;

    @Autowired
    private ApplicationEvents events;

    @Test
    void aConflict_isStoredShownToStaffAndAlertsTheCoordinator() {
        Long offer = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(3), OfferStatus.CONFIRMED, true, true);
        Long session = sessionOf(offer);
        as(DemoLogins.NB_PARTNER, () -> {
            declarations.declare(offer, true, true, "  I know one of the applicants.  ");
            var mine = declarations.mine(offer).orElseThrow();
            assertThat(mine.confidentialityConfirmed()).isTrue();
            assertThat(mine.conflictDetails()).isEqualTo("I know one of the applicants.");
        });
        assertThat(events.stream(ConflictDeclared.class)).extracting(ConflictDeclared::sessionId).containsExactly(session);
        as(DemoLogins.NB_PARTNER, () -> declarations.declare(offer, true, true, "I know one of the applicants."));
        assertThat(events.stream(ConflictDeclared.class)).as("the same conflict again alerts nobody twice").hasSize(1);
        as(DemoLogins.NB_COORDINATOR, () -> assertThat(declarations.forSession(session)).singleElement()
                .satisfies(d -> {
                    assertThat(d.conflict()).isTrue();
                    assertThat(d.preferredName()).isNotBlank();
                }));
        as(DemoLogins.SM_COORDINATOR, () -> assertThatThrownBy(() -> declarations.forSession(session))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void declarationRules_refuseWithAClearReasonAndStoreNothing() {
        Long offer = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(3), OfferStatus.CONFIRMED, true, true);
        Long offered = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(3), OfferStatus.OFFERED, true, true);
        as(DemoLogins.NB_PARTNER, () -> {
            assertRefused(() -> declarations.declare(offer, false, false, null), "my-sessions.declare.confidentiality-required");
            assertRefused(() -> declarations.declare(offer, true, true, "  "), "my-sessions.declare.details-required");
            assertRefused(() -> declarations.declare(offer, true, true, "x".repeat(501)), "field.too-long");
            assertRefused(() -> declarations.declare(offered, true, false, null), "my-sessions.declare.place-needed");
            assertThat(declarations.mine(offer)).isEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from session_declaration where session_id = ?", Long.class,
                sessionOf(offer))).isZero();
        assertThat(events.stream(ConflictDeclared.class)).isEmpty();
    }

    @Test
    void anotherPartnersOrProvidersOffer_isRefusedEverywhere() {
        Long carers = offerOn(jdbc, "NBU", DemoLogins.NB_CARER, today(), OfferStatus.CONFIRMED, true, true);
        Long southmoor = offerOn(jdbc, "SMC", DemoLogins.SM_PARTNER, today(), OfferStatus.CONFIRMED, true, true);
        as(DemoLogins.NB_PARTNER, () -> {
            for (Long other : new Long[] {carers, southmoor}) {
                assertThatThrownBy(() -> declarations.declare(other, true, false, null)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> declarations.mine(other)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myWellbeing.checkIn(other, "ok")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> myWellbeing.requestDebrief(other, null)).isInstanceOf(AccessDeniedException.class);
            }
        });
        assertThat(jdbc.queryForObject("select count(*) from wellbeing_note where session_id in (?, ?)", Long.class,
                sessionOf(carers), sessionOf(southmoor))).isZero();
        assertThat(events.stream(DebriefRequested.class)).isEmpty();
    }

    @Test
    void checkIn_beforeTheSession_isKeptForStaff() {
        Long offer = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(2), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            myWellbeing.checkIn(offer, "A quiet room for breaks would help.");
            myWellbeing.checkIn(offer, "Feeling fine now.");
            assertThat(myWellbeing.mine(offer).checkInNote()).isEqualTo("Feeling fine now.");
            assertRefused(() -> myWellbeing.requestDebrief(offer, null), "my-sessions.debrief.too-early");
        });
        as(DemoLogins.NB_COORDINATOR, () -> assertThat(wellbeing.checkIns(sessionOf(offer)))
                .extracting(CheckIn::note).containsExactly("Feeling fine now."));
    }

    @Test
    void debriefRequest_isToldToTheContactListedForCoordinatorsAndClosed() {
        Long offer = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().minusDays(1), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            assertRefused(() -> myWellbeing.checkIn(offer, null), "my-sessions.declare.session-over");
            myWellbeing.requestDebrief(offer, "It brought back a hard time.");
            assertRefused(() -> myWellbeing.requestDebrief(offer, null), "my-sessions.debrief.already-open");
            assertThat(myWellbeing.mine(offer).debriefRequested()).isTrue();
        });
        assertThat(events.stream(DebriefRequested.class)).extracting(DebriefRequested::sessionId)
                .containsExactly(sessionOf(offer));
        Long request = jdbc.queryForObject("select id from wellbeing_note where session_id = ? and stage = 'DEBRIEF'",
                Long.class, sessionOf(offer));
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThat(wellbeing.openDebriefs()).extracting(DebriefRequest::id).doesNotContain(request);
            assertThatThrownBy(() -> wellbeing.close(request)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            long open = wellbeing.openDebriefCount();
            assertThat(wellbeing.openDebriefs()).filteredOn(r -> r.id().equals(request)).singleElement()
                    .satisfies(r -> assertThat(r.note()).isEqualTo("It brought back a hard time."));
            wellbeing.close(request);
            assertThat(wellbeing.openDebriefCount()).isEqualTo(open - 1);
            assertRefused(() -> wellbeing.close(request), "debriefs.already-closed");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'DEBRIEF_CLOSED'"
                + " and subject = ?", Long.class, "session " + sessionOf(offer))).isEqualTo(1);
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> wellbeing.openDebriefs())
                .isInstanceOf(AccessDeniedException.class));
    }

    private Long sessionOf(Long offer) {
        return jdbc.queryForObject("select session_id from session_offer where id = ?", Long.class, offer);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }
}
