package app.involvement.sessions;

import static app.involvement.sessions.MySessionsFixture.offerOn;
import static app.involvement.sessions.MySessionsFixture.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The partner's "My sessions" lists: what lands where, bounded statements, and nobody else's offers. */
class MySessionsIT extends IntegrationTestBase {

    @Autowired
    private MySessions mySessions;

    @Test
    void eachOffer_landsInTheRightList() {
        Long offered = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        Long accepted = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(6), OfferStatus.ACCEPTED, false, false);
        Long confirmed = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today(), OfferStatus.CONFIRMED, false, false);
        Long backup = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(8), OfferStatus.BACKUP, false, false);
        Long held = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().minusDays(3), OfferStatus.CONFIRMED, false, false);
        Long declined = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(9), OfferStatus.DECLINED, false, false);
        Long expired = offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(9), OfferStatus.OFFERED, false, false);
        jdbc.update("update session_offer set expires_at = ? where id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1)), expired);
        Long someoneElses = offerOn(jdbc, "NBU", DemoLogins.NB_CARER, today().plusDays(5), OfferStatus.OFFERED, false, false);

        as(DemoLogins.NB_PARTNER, () -> {
            assertThat(mySessions.waiting()).extracting(MySession::offerId).contains(offered, accepted)
                    .doesNotContain(confirmed, backup, held, declined, expired, someoneElses);
            assertThat(mySessions.upcoming()).extracting(MySession::offerId).contains(confirmed, backup)
                    .doesNotContain(offered, held, declined, someoneElses);
            assertThat(mySessions.past()).extracting(MySession::offerId).contains(held)
                    .doesNotContain(confirmed, offered, declined);
            MySession b = mySessions.one(backup);
            assertThat(b.status()).isEqualTo(OfferStatus.BACKUP);
            assertThat(b.backupRank()).isEqualTo(2);
            assertThat(b.paymentNote()).contains("£50");
            assertThat(mySessions.one(offered).expiresAt()).isAfter(Instant.now());
        });
    }

    @Test
    void eachList_isOneQueryAfterFindingThePartner() {
        offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(4), OfferStatus.CONFIRMED, false, false);
        offerOn(jdbc, "NBU", DemoLogins.NB_PARTNER, today().plusDays(4), OfferStatus.OFFERED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            StatementCounter.reset();
            mySessions.waiting();
            mySessions.upcoming();
            mySessions.past();
            assertThat(StatementCounter.count()).as("three lists, each the partner id and one query").isLessThanOrEqualTo(6);
        });
    }

    @Test
    void anotherPartnersOrProvidersOffer_isRefused() {
        Long carers = offerOn(jdbc, "NBU", DemoLogins.NB_CARER, today().plusDays(5), OfferStatus.OFFERED, false, false);
        Long southmoor = offerOn(jdbc, "SMC", DemoLogins.SM_PARTNER, today().plusDays(5), OfferStatus.CONFIRMED, false, false);
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> mySessions.one(carers)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mySessions.one(southmoor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mySessions.one(null)).isInstanceOf(AccessDeniedException.class);
            assertThat(mySessions.waiting()).extracting(MySession::offerId).doesNotContain(carers, southmoor);
            assertThat(mySessions.upcoming()).extracting(MySession::offerId).doesNotContain(southmoor);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Long.class,
                "offer " + carers)).as("the refused id is logged").isEqualTo(1);
    }

    @Test
    void staff_cannotReadAPartnersList() {
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> mySessions.waiting())
                .isInstanceOf(AccessDeniedException.class));
    }
}
