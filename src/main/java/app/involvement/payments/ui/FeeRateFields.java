package app.involvement.payments.ui;

import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentLimits;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shared.ui.MoneyFields;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.List;
import java.util.Optional;

/**
 * One activity type on a rate card: not paid, paid by the hour, or a half or whole day; the amount, the whole-day
 * amount (day basis only) and the preparation allowance.
 */
class FeeRateFields extends FieldSet {

    /** How the activity type is paid on this card; {@code NOT_PAID} stores no fee. */
    enum Paid {
        NOT_PAID,
        PER_HOUR,
        HALF_OR_WHOLE_DAY
    }

    private final ReferenceItem type;
    private final LightRadioGroup<Paid> paid = new LightRadioGroup<>();
    private final BigDecimalField amount = MoneyFields.pounds("");
    private final BigDecimalField day = MoneyFields.pounds("");
    private final BigDecimalField preparation = MoneyFields.pounds("");

    FeeRateFields(ReferenceItem type) {
        super(type.name());
        this.type = type;
        addClassName("rate-card-fee");
        paid.setLabel(getTranslation("rate-card.basis"));
        paid.setItems(List.of(Paid.values()), p -> getTranslation("rate-card.basis." + p));
        paid.setValue(Paid.NOT_PAID);
        paid.addValueChangeListener(e -> showFields());
        day.setLabel(getTranslation("rate-card.day"));
        preparation.setLabel(getTranslation("rate-card.preparation"));
        preparation.setHelperText(getTranslation("rate-card.preparation.help"));
        var form = new FormLayout(paid, amount, day, preparation);
        form.setColspan(paid, 2);
        add(form);
        showFields();
    }

    void fill(Optional<FeeRate> rate) {
        paid.setValue(rate.map(r -> Paid.valueOf(r.basis().name())).orElse(Paid.NOT_PAID));
        Pounds.show(amount, rate.map(FeeRate::amountPence).orElse(null));
        Pounds.show(day, rate.map(FeeRate::dayPence).orElse(null));
        Pounds.show(preparation, rate.map(FeeRate::preparationPence).orElse(null));
        showFields();
    }

    /** The fee as entered, empty when not paid; a wrong amount is marked on its field and thrown. */
    Optional<FeeRate> read() {
        clearErrors();
        if (paid.getValue() == null || paid.getValue() == Paid.NOT_PAID) {
            return Optional.empty();
        }
        String max = Pounds.format(PaymentLimits.MAX_RATE_PENCE);
        FeeBasis basis = FeeBasis.valueOf(paid.getValue().name());
        long fee = Pounds.inRange(amount, true, 1, PaymentLimits.MAX_RATE_PENCE, "rate-card.fee-range", max);
        Long whole = null;
        if (basis == FeeBasis.HALF_OR_WHOLE_DAY) {
            if (day.isEmpty()) {
                throw Pounds.invalid(day, new BusinessRuleException("rate-card.day-required"));
            }
            whole = Pounds.inRange(day, true, fee, PaymentLimits.MAX_RATE_PENCE, "rate-card.day-range", max);
        }
        Long prep = Pounds.inRange(preparation, false, 0, PaymentLimits.MAX_RATE_PENCE, "rate-card.preparation-range", max);
        return Optional.of(new FeeRate(type.id(), basis, fee, whole, prep == null ? 0 : prep));
    }

    void setReadOnly(boolean readOnly) {
        paid.setReadOnly(readOnly);
        amount.setReadOnly(readOnly);
        day.setReadOnly(readOnly);
        preparation.setReadOnly(readOnly);
    }

    Long typeId() {
        return type.id();
    }

    private void showFields() {
        Paid value = paid.getValue() == null ? Paid.NOT_PAID : paid.getValue();
        amount.setVisible(value != Paid.NOT_PAID);
        amount.setLabel(getTranslation(value == Paid.HALF_OR_WHOLE_DAY ? "rate-card.amount.HALF_OR_WHOLE_DAY"
                : "rate-card.amount.PER_HOUR"));
        amount.setRequiredIndicatorVisible(true);
        day.setVisible(value == Paid.HALF_OR_WHOLE_DAY);
        day.setRequiredIndicatorVisible(true);
        preparation.setVisible(value != Paid.NOT_PAID);
    }

    private void clearErrors() {
        for (BigDecimalField field : List.of(amount, day, preparation)) {
            field.setInvalid(false);
        }
    }
}
