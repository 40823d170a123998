package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCardFixture;
import app.involvement.payments.RateCardInput;
import app.involvement.payments.RateCardSummary;
import app.involvement.payments.RateCards;
import app.involvement.pool.PaymentChoice;
import app.involvement.sessions.SessionTestData;
import app.involvement.shared.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lead keeps dated rate cards and the payment settings; coordinators and finance read them; a refused change
 * stores nothing. Claims still being completed follow the cards; submitted claims keep their amounts.
 */
class RateCardsIT extends IntegrationTestBase {

    private static final LocalDate FROM = LocalDate.of(2016, 4, 1);
    private static final LocalDate TO = LocalDate.of(2017, 3, 31);

    @Autowired
    private RateCards rateCards;

    @Autowired
    private FeeCalculator calculator;

    @Autowired
    private PaymentClaimRepository claims;

    @Autowired
    private PlatformTransactionManager transactions;

    private Long type;
    private Long otherType;

    @BeforeEach
    void aClearTestEra() {
        RateCardFixture.forgetTestEra(jdbc);
        type = RateCardFixture.activityType(jdbc, "NBU", 0);
        otherType = RateCardFixture.activityType(jdbc, "NBU", 1);
    }

    @AfterEach
    void forgetTheCards() {
        RateCardFixture.forgetTestEra(jdbc);
    }

    private RateCardInput card(LocalDate from, LocalDate to, long hourly) {
        return new RateCardInput(from, to, 45, 500, List.of(new FeeRate(type, FeeBasis.PER_HOUR, hourly, 99L, 1000),
                new FeeRate(otherType, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 0)),
                List.of(new ExpenseRule(ExpenseCategory.TAXI, 3000L, true)));
    }

    @Test
    void theLead_addsACard_everyStaffRoleReadsIt_asStored() {
        Long id = as(DemoLogins.NB_LEAD, () -> rateCards.create(card(FROM, TO, 2000)));

        for (String reader : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE)) {
            as(reader, () -> {
                var stored = rateCards.get(id);
                assertThat(stored.fees()).extracting(FeeRate::dayPence).as("no whole day on an hourly fee")
                        .containsExactlyInAnyOrder(null, 13000L);
                assertThat(stored.expenses()).containsExactly(new ExpenseRule(ExpenseCategory.TAXI, 3000L, true));
                assertThat(rateCards.list()).filteredOn(c -> c.id().equals(id)).singleElement()
                        .isEqualTo(new RateCardSummary(id, FROM, TO, 2, 45, DemoLogins.NB_LEAD));
                assertThat(rateCards.inForceOn(FROM)).contains(stored);
                assertThat(rateCards.inForceOn(TO)).contains(stored);
                assertThat(rateCards.inForceOn(FROM.minusDays(1))).isEmpty();
                assertThat(rateCards.inForceOn(TO.plusDays(1))).isEmpty();
            });
        }
        assertThat(audited("RATE_CARD_CREATED", "rate card " + id)).isOne();
    }

    @Test
    void theNewestCard_isListedFirst() {
        as(DemoLogins.NB_LEAD, () -> {
            Long older = rateCards.create(card(FROM, TO, 2000));
            Long newer = rateCards.create(card(TO.plusDays(1), TO.plusYears(1), 2100));
            var ids = rateCards.list().stream().map(RateCardSummary::id).toList();
            assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        });
    }

    @Test
    void overlappingDates_areRefused_andNothingIsStored() {
        as(DemoLogins.NB_LEAD, () -> {
            rateCards.create(card(FROM, TO, 2000));
            long before = cardsInEra();
            refused(() -> rateCards.create(card(TO, RateCardFixture.ERA_END, 2100)), "rate-card.overlap");
            // with no last day it would also run into the demo's card in force today, which has none either
            refused(() -> rateCards.create(card(TO.plusDays(1), null, 2100)), "rate-card.overlap-open");
            refused(() -> rateCards.create(card(FROM.minusYears(1), FROM, 2100)), "rate-card.overlap");
            refused(() -> rateCards.create(card(FROM.plusDays(10), FROM.plusDays(20), 2100)), "rate-card.overlap");
            assertThat(cardsInEra()).isEqualTo(before);
            Long next = rateCards.create(card(TO.plusDays(1), RateCardFixture.ERA_END, 2100));
            refused(() -> rateCards.create(card(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1), 2100)),
                    "rate-card.overlap");
            assertThat(rateCards.get(next).effectiveFrom()).isEqualTo(TO.plusDays(1));
        });
    }

    @Test
    void aChange_thatWouldOverlapAnotherCard_isRefused_andTheCardStaysAsItWas() {
        as(DemoLogins.NB_LEAD, () -> {
            Long first = rateCards.create(card(FROM, TO, 2000));
            Long second = rateCards.create(card(TO.plusDays(1), TO.plusYears(1), 2100));
            var before = rateCards.get(second);
            refused(() -> rateCards.update(second, card(TO, TO.plusYears(1), 9999)), "rate-card.overlap");
            assertThat(rateCards.get(second)).isEqualTo(before);
            // a card may keep its own dates when it changes
            rateCards.update(first, card(FROM, TO, 2200));
            assertThat(rateCards.get(first).fees()).extracting(FeeRate::amountPence).contains(2200L);
            assertThat(audited("RATE_CARD_CHANGED", "rate card " + first)).isOne();
        });
    }

    @Test
    void badAmounts_areRefused_inTheService_whateverTheFormDid() {
        as(DemoLogins.NB_LEAD, () -> {
            refused(() -> rateCards.create(card(FROM, TO, 0)), "rate-card.fee-range");
            refused(() -> rateCards.create(card(FROM, TO, 100_001)), "rate-card.fee-range");
            refused(() -> rateCards.create(card(FROM, FROM.minusDays(1), 2000)), "rate-card.end-before-start");
            refused(() -> rateCards.create(new RateCardInput(FROM, TO, 45, 0, List.of(
                    new FeeRate(type, FeeBasis.HALF_OR_WHOLE_DAY, 7500, null, 0)), List.of())), "rate-card.day-required");
        });
        assertThat(cardsInEra()).isZero();
    }

    @Test
    void anotherProvidersActivityType_isRefusedAndAudited_andNothingIsStored() {
        Long southmoorType = RateCardFixture.activityType(jdbc, "SMC", 0);
        long refusals = refusedEntries("activity type " + southmoorType);
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> rateCards.create(new RateCardInput(FROM, TO, 45, 0,
                List.of(new FeeRate(southmoorType, FeeBasis.PER_HOUR, 2000, null, 0)), List.of())))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(cardsInEra()).isZero();
        assertThat(refusedEntries("activity type " + southmoorType)).isEqualTo(refusals + 1);
    }

    @Test
    void onlyTheLead_changesCardsAndSettings_partnersReadNoCards() {
        Long id = as(DemoLogins.NB_LEAD, () -> rateCards.create(card(FROM, TO, 2000)));
        for (String notLead : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER)) {
            as(notLead, () -> {
                assertThatThrownBy(() -> rateCards.create(card(TO.plusDays(1), null, 1))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rateCards.update(id, card(FROM, TO, 1))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rateCards.saveSettings(new PaymentSettings(3, null)))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> rateCards.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rateCards.get(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rateCards.inForceOn(FROM)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(cardsInEra()).isOne();
        as(DemoLogins.NB_COORDINATOR, () -> assertThat(rateCards.get(id).fees()).extracting(FeeRate::amountPence)
                .contains(2000L));
    }

    @Test
    void settings_areSavedByTheLead_readByEveryone_andBadValuesChangeNothing() {
        var original = as(DemoLogins.NB_COORDINATOR, () -> rateCards.settings());
        try {
            as(DemoLogins.NB_LEAD, () -> rateCards.saveSettings(new PaymentSettings(21, 50_000L)));
            for (String reader : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER)) {
                assertThat(as(reader, () -> rateCards.settings())).isEqualTo(new PaymentSettings(21, 50_000L));
            }
            as(DemoLogins.NB_LEAD, () -> {
                refused(() -> rateCards.saveSettings(new PaymentSettings(0, null)), "rate-card.turnaround-range");
                refused(() -> rateCards.saveSettings(new PaymentSettings(91, null)), "rate-card.turnaround-range");
                refused(() -> rateCards.saveSettings(new PaymentSettings(14, 0L)), "rate-card.threshold-range");
                refused(() -> rateCards.saveSettings(new PaymentSettings(14, 10_000_001L)), "rate-card.threshold-range");
                assertThat(rateCards.settings()).isEqualTo(new PaymentSettings(21, 50_000L));
            });
            assertThat(as(DemoLogins.SM_LEAD, () -> rateCards.settings())).as("another provider's settings")
                    .isNotEqualTo(new PaymentSettings(21, 50_000L));
        } finally {
            as(DemoLogins.NB_LEAD, () -> rateCards.saveSettings(original));
        }
    }

    @Test
    void draftClaims_followANewOrChangedCard_submittedClaimsKeepTheirAmounts() {
        Long draft = claimOn(FROM.plusDays(7), PaymentChoice.FEE);
        Long rejected = claimOn(FROM.plusDays(8), PaymentChoice.VOUCHER);
        Long submitted = claimOn(FROM.plusDays(9), PaymentChoice.FEE);
        jdbc.update("update payment_claim set status = 'REJECTED' where id = ?", rejected);
        jdbc.update("update payment_claim set status = 'SUBMITTED' where id = ?", submitted);
        assertThat(priced(draft)).as("no card yet").containsExactly(null, 0L, 0L);

        Long id = as(DemoLogins.NB_LEAD, () -> rateCards.create(card(FROM, TO, 2000)));
        assertThat(priced(draft)).containsExactly(id, 3000L + 1000L, 0L);
        assertThat(priced(rejected)).containsExactly(id, 0L, 3000L + 1000L);
        assertThat(priced(submitted)).containsExactly(null, 0L, 0L);

        as(DemoLogins.NB_LEAD, () -> rateCards.update(id, card(FROM, TO, 2400)));
        assertThat(priced(draft)).containsExactly(id, 3600L + 1000L, 0L);
        assertThat(priced(submitted)).containsExactly(null, 0L, 0L);

        as(DemoLogins.NB_LEAD, () -> rateCards.update(id, card(FROM.plusDays(8), TO, 2400)));
        assertThat(priced(draft)).as("the card no longer covers its day").containsExactly(null, 0L, 0L);
        assertThat(priced(rejected)).containsExactly(id, 0L, 3600L + 1000L);
    }

    private void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    private long cardsInEra() {
        return jdbc.queryForObject("select count(*) from rate_card where effective_from between ? and ?", Long.class,
                RateCardFixture.ERA_START, RateCardFixture.ERA_END);
    }

    private long audited(String type, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?", Long.class,
                type, subject);
    }

    private long refusedEntries(String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where subject = ? and event_type = 'ACCESS_DENIED_RECORD'",
                Long.class, subject);
    }

    private List<Long> priced(Long claim) {
        return jdbc.queryForObject("select rate_card_id, fee_pence, voucher_pence from payment_claim where id = ?",
                (rs, n) -> java.util.Arrays.asList(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2),
                        rs.getLong(3)), claim);
    }

    /** A draft claim of the Northbridge partner for a 90-minute session of the hourly type on that day. */
    private Long claimOn(LocalDate day, PaymentChoice route) {
        Long session = SessionTestData.insert(jdbc, "NBU", day, "Priced " + System.nanoTime(), 1, 2, "INVOLVEMENT");
        Long partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, DemoLogins.NB_PARTNER);
        return as(DemoLogins.NB_COORDINATOR, () -> new TransactionTemplate(transactions).execute(tx -> {
            var held = new HeldSession(session, "Priced", day, type, 90, false);
            var claim = PaymentClaim.open(partner, held, route, Instant.now());
            claim.price(calculator.feeFor(held, route));
            return claims.save(claim).getId();
        }));
    }
}
