package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** One provider's lead cannot read or change another provider's rate cards or settings, whatever ids they try. */
class RateCardIsolationIT extends IntegrationTestBase {

    private static final LocalDate FROM = LocalDate.of(2017, 4, 1);
    private static final LocalDate TO = LocalDate.of(2018, 3, 31);

    @Autowired
    private RateCards rateCards;

    private Long northbridgeCard;

    @BeforeEach
    void aNorthbridgeCard() {
        RateCardFixture.forgetTestEra(jdbc);
        Long type = RateCardFixture.activityType(jdbc, "NBU", 0);
        northbridgeCard = as(DemoLogins.NB_LEAD, () -> rateCards.create(new RateCardInput(FROM, TO, 45, 500,
                List.of(new FeeRate(type, FeeBasis.PER_HOUR, 2000, null, 1000)), List.of())));
    }

    @AfterEach
    void forgetIt() {
        RateCardFixture.forgetTestEra(jdbc);
    }

    @Test
    void anotherProvidersCard_isNeitherListedNorInForce() {
        for (String southmoor : List.of(DemoLogins.SM_LEAD, DemoLogins.SM_COORDINATOR)) {
            as(southmoor, () -> {
                assertThat(rateCards.list()).extracting(RateCardSummary::id).doesNotContain(northbridgeCard);
                assertThat(rateCards.inForceOn(FROM)).isEmpty();
            });
        }
    }

    @Test
    void aTamperedCardId_isRefused_audited_andChangesNothing() {
        Long southmoorType = RateCardFixture.activityType(jdbc, "SMC", 0);
        var before = jdbc.queryForMap("select effective_from, effective_to, mileage_pence_per_mile, version"
                + " from rate_card where id = ?", northbridgeCard);
        long refusals = refusals();
        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> rateCards.get(northbridgeCard)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rateCards.update(northbridgeCard, new RateCardInput(FROM, TO, 99, 0,
                    List.of(new FeeRate(southmoorType, FeeBasis.PER_HOUR, 1, null, 0)), List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForMap("select effective_from, effective_to, mileage_pence_per_mile, version"
                + " from rate_card where id = ?", northbridgeCard)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from rate_card_fee where rate_card_id = ?", Long.class,
                northbridgeCard)).isOne();
        assertThat(refusals()).isEqualTo(refusals + 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ? and tenant_id = ?", Long.class, "rate card " + northbridgeCard, providerId("SMC")))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCardOverlappingAnotherProvidersCard_isFine() {
        Long type = RateCardFixture.activityType(jdbc, "SMC", 0);
        Long southmoorCard = as(DemoLogins.SM_LEAD, () -> rateCards.create(new RateCardInput(FROM, TO, 40, 0,
                List.of(new FeeRate(type, FeeBasis.PER_HOUR, 1800, null, 0)), List.of())));
        as(DemoLogins.SM_COORDINATOR, () -> assertThat(rateCards.inForceOn(FROM).orElseThrow().mileagePencePerMile())
                .isEqualTo(40));
        as(DemoLogins.NB_COORDINATOR, () -> assertThat(rateCards.inForceOn(FROM).orElseThrow().mileagePencePerMile())
                .isEqualTo(45));
        assertThat(southmoorCard).isNotEqualTo(northbridgeCard);
    }

    @Test
    void childRows_carryTheirCardsProvider() {
        for (String table : new String[] {"rate_card_fee", "rate_card_expense"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " c join rate_card r on r.id = c.rate_card_id"
                    + " where c.tenant_id <> r.tenant_id", Long.class)).as(table).isZero();
        }
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, "rate card " + northbridgeCard);
    }
}
