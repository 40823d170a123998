package app.involvement.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCardFixture;
import app.involvement.payments.RateCards;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rate-card pages as people use them: the lead adds and changes cards and the payment settings, wrong input is
 * shown on its field and nothing is stored; coordinators and finance read; another provider's card is not found.
 */
class RateCardViewsTest extends ViewTestBase {

    private static final LocalDate FROM = LocalDate.of(2018, 4, 1);
    private static final LocalDate TO = LocalDate.of(2019, 3, 31);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RateCards rateCards;

    @BeforeEach
    @AfterEach
    void aClearTestEra() {
        RateCardFixture.forgetTestEra(jdbc);
    }

    @Test
    void theLead_addsACard_throughTheForm_andLandsOnItsPage() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(RateCardListView.class);
            test(find(Button.class).withId("rate-card-add").single()).click();
            assertThat(getCurrentView()).isInstanceOf(NewRateCardView.class);
            fillDatesAndMileage(FROM, TO, "0.45");
            var fee = feesOfFirstType();
            choose(fee, FeeRateFields.Paid.PER_HOUR);
            field(fee, "Fee an hour").setValue(new BigDecimal("20.00"));
            field(fee, "Preparation allowance").setValue(new BigDecimal("10"));
            test(find(Button.class).withId("rate-card-save").single()).click();

            assertThat(getCurrentView()).isInstanceOf(RateCardView.class);
            assertThat(text()).contains("Rate card from 1 Apr 2018");
        });
        Long card = jdbc.queryForObject("select id from rate_card where effective_from = ?", Long.class, FROM);
        assertThat(jdbc.queryForObject("select count(*) from rate_card_fee where rate_card_id = ? and activity_type_id = ?"
                + " and basis = 'PER_HOUR' and amount_pence = 2000 and preparation_pence = 1000", Long.class, card,
                RateCardFixture.activityType(jdbc, "NBU", 0))).isOne();
        assertThat(jdbc.queryForObject("select mileage_pence_per_mile from rate_card where id = ?", Long.class, card))
                .isEqualTo(45);
        assertThat(jdbc.queryForObject("select prior_approval from rate_card_expense where rate_card_id = ?"
                + " and category = 'TAXI'", Boolean.class, card)).as("a taxi needs approval unless the lead says not").isTrue();
    }

    @Test
    void wrongInput_isShownOnItsField_andNothingIsStored() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(NewRateCardView.class);
            fillDatesAndMileage(null, TO, "");
            save();
            assertThat(find(DatePicker.class).withId("rate-card-from").single().getErrorMessage())
                    .isEqualTo("Enter the first day of the rate card");

            fillDatesAndMileage(FROM, FROM.minusDays(1), "0.45");
            save();
            assertThat(find(DatePicker.class).withId("rate-card-to").single().isInvalid()).isTrue();

            fillDatesAndMileage(FROM, TO, "0.455");
            save();
            assertThat(mileage().getErrorMessage()).isEqualTo("Use pounds and pence, with at most two figures after the point");

            fillDatesAndMileage(FROM, TO, "2.01");
            save();
            assertThat(mileage().getErrorMessage()).isEqualTo("Enter a mileage rate above £0 and up to £2.00 a mile");

            fillDatesAndMileage(FROM, TO, "0.45");
            var fee = find(FeeRateFields.class).first();
            choose(fee, FeeRateFields.Paid.HALF_OR_WHOLE_DAY);
            field(fee, "Fee for a half day").setValue(new BigDecimal("75"));
            field(fee, "Fee for a whole day").clear();
            save();
            assertThat(field(fee, "Fee for a whole day").getErrorMessage())
                    .isEqualTo("Enter the fee for a whole day as well as for a half day");
            field(fee, "Fee for a whole day").setValue(new BigDecimal("74.99"));
            save();
            assertThat(field(fee, "Fee for a whole day").isInvalid()).isTrue();
        });
        assertThat(cardsInEra()).isZero();
    }

    @Test
    void datesOverlappingAnotherCard_areRefusedByTheService_onTheFirstDay() {
        Long existing = createdCard();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(NewRateCardView.class);
            fillDatesAndMileage(TO, TO.plusDays(10), "0.45");
            var fee = find(FeeRateFields.class).first();
            choose(fee, FeeRateFields.Paid.PER_HOUR);
            field(fee, "Fee an hour").setValue(new BigDecimal("21"));
            save();
            assertThat(find(DatePicker.class).withId("rate-card-from").single().getErrorMessage())
                    .isEqualTo("These dates overlap the rate card from 01/04/2018 to 31/03/2019. Change the dates, or change"
                            + " that card first.");
        });
        assertThat(cardsInEra()).isOne();
        assertThat(jdbc.queryForObject("select min(id) from rate_card where effective_from between ? and ?", Long.class,
                RateCardFixture.ERA_START, RateCardFixture.ERA_END)).isEqualTo(existing);
    }

    @Test
    void theLead_changesACard_onItsPage() {
        Long id = createdCard();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("rate-cards/" + id);
            assertThat(mileage().getValue()).isEqualByComparingTo("0.45");
            mileage().setValue(new BigDecimal("0.50"));
            save();
            assertThat(text()).contains("Rate card from 1 Apr 2018");
        });
        assertThat(jdbc.queryForObject("select mileage_pence_per_mile from rate_card where id = ?", Long.class, id))
                .isEqualTo(50);
    }

    @Test
    void coordinatorsAndFinance_readCards_andSettings_withoutChangingThem() {
        Long id = createdCard();
        for (String reader : new String[] {DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE}) {
            as(reader, () -> {
                UI.getCurrent().navigate(RateCardListView.class);
                assertThat(find(Button.class).withId("rate-card-add").exists()).isFalse();
                assertThat(find(Button.class).withId("rate-card-settings-save").exists()).isFalse();
                assertThat(find(IntegerField.class).withId("rate-card-turnaround").single().isReadOnly()).isTrue();
                assertThat(find(Grid.class).withId("rate-card-grid").single()).isNotNull();

                UI.getCurrent().navigate("rate-cards/" + id);
                assertThat(getCurrentView()).isInstanceOf(RateCardView.class);
                assertThat(mileage().isReadOnly()).isTrue();
                assertThat(find(Button.class).withId("rate-card-save").exists()).isFalse();
                assertThat(find(Paragraph.class).withText("Only the involvement lead can change a rate card.").exists())
                        .isTrue();

                UI.getCurrent().navigate("rate-cards/new");
                assertThat(getCurrentView()).isNotInstanceOf(NewRateCardView.class);
            });
        }
    }

    @Test
    void anotherProvidersCard_isNotFound_andTheRefusalIsAudited() {
        Long id = createdCard();
        long before = refusals(id);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("rate-cards/" + id);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate("rate-cards/" + id);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("rate-cards/999999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        assertThat(refusals(id)).isEqualTo(before + 2);
    }

    @Test
    void theLead_savesThePaymentSettings_andWrongValuesAreShownOnTheirField() {
        PaymentSettings[] original = new PaymentSettings[1];
        as(DemoLogins.NB_LEAD, () -> {
            original[0] = rateCards.settings();
            UI.getCurrent().navigate(RateCardListView.class);
            var turnaround = find(IntegerField.class).withId("rate-card-turnaround").single();
            var threshold = find(BigDecimalField.class).withId("rate-card-threshold").single();
            turnaround.setValue(0);
            test(find(Button.class).withId("rate-card-settings-save").single()).click();
            assertThat(turnaround.getErrorMessage()).isEqualTo("Enter a turnaround from 1 to 90 days");
            turnaround.setValue(10);
            threshold.setValue(new BigDecimal("-5"));
            test(find(Button.class).withId("rate-card-settings-save").single()).click();
            assertThat(threshold.isInvalid()).isTrue();
            assertThat(rateCards.settings()).isEqualTo(original[0]);
            threshold.setValue(new BigDecimal("1500.00"));
            test(find(Button.class).withId("rate-card-settings-save").single()).click();
            assertThat(rateCards.settings()).isEqualTo(new PaymentSettings(10, 150_000L));
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(RateCardListView.class);
            assertThat(find(IntegerField.class).withId("rate-card-turnaround").single().getValue()).isEqualTo(10);
            assertThat(find(BigDecimalField.class).withId("rate-card-threshold").single().getValue())
                    .isEqualByComparingTo("1500");
        });
        as(DemoLogins.NB_LEAD, () -> rateCards.saveSettings(original[0]));
    }

    private Long createdCard() {
        var sample = new app.involvement.payments.RateCardInput(FROM, TO, 45, 500, java.util.List.of(
                new app.involvement.payments.FeeRate(RateCardFixture.activityType(jdbc, "NBU", 0),
                        app.involvement.payments.FeeBasis.PER_HOUR, 2000, null, 1000)), java.util.List.of());
        Long[] id = new Long[1];
        as(DemoLogins.NB_LEAD, () -> id[0] = rateCards.create(sample));
        return id[0];
    }

    private void fillDatesAndMileage(LocalDate from, LocalDate to, String perMile) {
        find(DatePicker.class).withId("rate-card-from").single().setValue(from);
        find(DatePicker.class).withId("rate-card-to").single().setValue(to);
        mileage().setValue(perMile.isEmpty() ? null : new BigDecimal(perMile));
    }

    private BigDecimalField mileage() {
        return find(BigDecimalField.class).withId("rate-card-mileage").single();
    }

    @SuppressWarnings("unchecked")
    private void choose(FeeRateFields fee, FeeRateFields.Paid paid) {
        find(LightRadioGroup.class).from(fee).single().setValue(paid);
    }

    private BigDecimalField field(FeeRateFields fee, String label) {
        return find(BigDecimalField.class).from(fee).withLabel(label).single();
    }

    /** The fields of the provider's first activity type (by id); the form lists types by name. */
    private FeeRateFields feesOfFirstType() {
        String name = jdbc.queryForObject("select name from activity_type where id = ?", String.class,
                RateCardFixture.activityType(jdbc, "NBU", 0));
        return find(FeeRateFields.class).withCondition(f -> name.equals(f.getLegendText())).single();
    }

    private void save() {
        test(find(Button.class).withId("rate-card-save").single()).click();
    }

    private long cardsInEra() {
        return jdbc.queryForObject("select count(*) from rate_card where effective_from between ? and ?", Long.class,
                RateCardFixture.ERA_START, RateCardFixture.ERA_END);
    }

    private long refusals(Long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, "rate card " + id);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
