package app.involvement.payments.ui;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.RateCardInput;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.MoneyFields;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rate card's fields: its dates, mileage rate and online allowance, a fee for each of the provider's activity
 * types, and a rule for each kind of expense. The form checks what it can name a field for; the service checks
 * everything again, and its refusals are shown on the field they are about.
 */
class RateCardForm extends Div {

    private final DatePicker from = UkDatePickers.ukFormat(new DatePicker());
    private final DatePicker to = UkDatePickers.ukFormat(new DatePicker());
    private final BigDecimalField mileage = MoneyFields.pounds("");
    private final BigDecimalField online = MoneyFields.pounds("");
    private final List<FeeRateFields> fees = new ArrayList<>();
    private final List<ExpenseRuleFields> expenses = new ArrayList<>();
    private final Paragraph feesError = new Paragraph();

    RateCardForm(List<ReferenceItem> activityTypes) {
        addClassName("rate-card-form");
        from.setLabel(getTranslation("rate-card.from"));
        from.setId("rate-card-from");
        from.setRequired(true);
        from.setManualValidation(true);
        to.setLabel(getTranslation("rate-card.to"));
        to.setId("rate-card-to");
        to.setHelperText(getTranslation("rate-card.to.help"));
        to.setManualValidation(true);
        mileage.setLabel(getTranslation("rate-card.mileage"));
        mileage.setId("rate-card-mileage");
        mileage.setHelperText(getTranslation("rate-card.mileage.help"));
        mileage.setRequiredIndicatorVisible(true);
        online.setLabel(getTranslation("rate-card.online"));
        online.setId("rate-card-online");
        online.setHelperText(getTranslation("rate-card.online.help"));
        add(new FormLayout(from, to, mileage, online));

        feesError.addClassName("rate-card-error");
        feesError.setId("rate-card-fees-error");
        feesError.setVisible(false);
        feesError.getElement().setAttribute("role", "alert");
        add(new H2(getTranslation("rate-card.fees")), new Paragraph(getTranslation("rate-card.fees.lead")), feesError);
        activityTypes.forEach(type -> fees.add(new FeeRateFields(type)));
        fees.forEach(this::add);

        add(new H2(getTranslation("rate-card.expenses")), new Paragraph(getTranslation("rate-card.expenses.lead")));
        Arrays.stream(ExpenseCategory.values()).forEach(c -> expenses.add(new ExpenseRuleFields(c)));
        expenses.forEach(this::add);
    }

    /** Fills the fields from a card; {@code withDates} false leaves the dates empty (a new card copied from one). */
    void fill(RateCardInput card, boolean withDates) {
        if (withDates) {
            from.setValue(card.effectiveFrom());
            to.setValue(card.effectiveTo());
        }
        Pounds.show(mileage, card.mileagePencePerMile());
        Pounds.show(online, card.onlineAllowancePence());
        for (int i = 0; i < fees.size(); i++) {
            Long typeId = typeIdOf(i);
            fees.get(i).fill(card.fees().stream().filter(f -> f.activityTypeId().equals(typeId)).findFirst());
        }
        for (int i = 0; i < expenses.size(); i++) {
            var category = ExpenseCategory.values()[i];
            expenses.get(i).fill(card.expenses().stream().filter(r -> r.category() == category).findFirst());
        }
    }

    void setStartDate(java.time.LocalDate day) {
        from.setValue(day);
    }

    /** The card as entered; empty when a field is wrong (it is marked, with what to change). */
    Optional<RateCardInput> read() {
        List.<HasValidation>of(from, to, mileage, online).forEach(f -> f.setInvalid(false));
        feesError.setVisible(false);
        try {
            if (from.getValue() == null) {
                throw mark(from, new BusinessRuleException("rate-card.from-required"));
            }
            if (to.getValue() != null && to.getValue().isBefore(from.getValue())) {
                throw mark(to, new BusinessRuleException("rate-card.end-before-start"));
            }
            long perMile = Pounds.inRange(mileage, true, 1, PaymentLimits.MAX_MILEAGE_PENCE, "rate-card.mileage-range",
                    Pounds.format(PaymentLimits.MAX_MILEAGE_PENCE));
            Long allowance = Pounds.inRange(online, false, 0, PaymentLimits.MAX_RATE_PENCE, "rate-card.online-range",
                    Pounds.format(PaymentLimits.MAX_RATE_PENCE));
            var rates = new ArrayList<FeeRate>();
            for (FeeRateFields fee : fees) {
                fee.read().ifPresent(rates::add);
            }
            if (rates.isEmpty()) {
                throw showFeesError(new BusinessRuleException("rate-card.fee-required"));
            }
            var rules = new ArrayList<ExpenseRule>();
            for (ExpenseRuleFields rule : expenses) {
                rules.add(rule.read());
            }
            return Optional.of(new RateCardInput(from.getValue(), to.getValue(), perMile,
                    allowance == null ? 0 : allowance, rates, rules));
        } catch (BusinessRuleException marked) {
            return Optional.empty();
        }
    }

    /** Shows a refusal of the service on the field it is about. */
    void show(BusinessRuleException refused) {
        String key = refused.messageKey();
        if (key.startsWith("rate-card.overlap") || key.equals("rate-card.date-range")
                || key.equals("rate-card.from-required") || key.equals("rate-card.too-many")) {
            mark(from, refused);
        } else if (key.equals("rate-card.end-before-start")) {
            mark(to, refused);
        } else if (key.equals("rate-card.mileage-range")) {
            mark(mileage, refused);
        } else if (key.equals("rate-card.online-range")) {
            mark(online, refused);
        } else {
            showFeesError(refused);
        }
    }

    void setReadOnly(boolean readOnly) {
        from.setReadOnly(readOnly);
        to.setReadOnly(readOnly);
        mileage.setReadOnly(readOnly);
        online.setReadOnly(readOnly);
        fees.forEach(f -> f.setReadOnly(readOnly));
        expenses.forEach(e -> e.setReadOnly(readOnly));
    }

    private Long typeIdOf(int index) {
        return fees.get(index).typeId();
    }

    private BusinessRuleException showFeesError(BusinessRuleException refused) {
        feesError.setText(getTranslation(refused.messageKey(), refused.arguments()));
        feesError.setVisible(true);
        return refused;
    }

    private <F extends HasValidation> BusinessRuleException mark(F field, BusinessRuleException refused) {
        field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
        return refused;
    }
}
