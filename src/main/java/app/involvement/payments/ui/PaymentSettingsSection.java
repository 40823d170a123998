package app.involvement.payments.ui;

import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCards;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.MoneyFields;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The provider's payment settings: the target turnaround from submission to payment, and the tax-year total at
 * which partners see a gentle warning. The lead changes them; coordinators and finance read them.
 */
class PaymentSettingsSection extends Section {

    private final IntegerField turnaround = new IntegerField();
    private final BigDecimalField threshold = MoneyFields.pounds("");

    PaymentSettingsSection(RateCards rateCards, boolean lead) {
        addClassName("rate-card-settings");
        var heading = new H2(getTranslation("rate-card.settings"));
        heading.setId("rate-card-settings-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        turnaround.setLabel(getTranslation("rate-card.settings.turnaround"));
        turnaround.setId("rate-card-turnaround");
        turnaround.setHelperText(getTranslation("rate-card.settings.turnaround.help"));
        turnaround.setMin(PaymentLimits.MIN_TURNAROUND_DAYS);
        turnaround.setMax(PaymentLimits.MAX_TURNAROUND_DAYS);
        turnaround.setRequiredIndicatorVisible(true);
        threshold.setLabel(getTranslation("rate-card.settings.threshold"));
        threshold.setId("rate-card-threshold");
        threshold.setHelperText(getTranslation("rate-card.settings.threshold.help"));
        var current = rateCards.settings();
        turnaround.setValue(current.turnaroundDays());
        Pounds.show(threshold, current.taxYearThresholdPence());
        add(heading, new Paragraph(getTranslation("rate-card.settings.lead")), new FormLayout(turnaround, threshold));
        if (lead) {
            var save = new Button(getTranslation("rate-card.settings.save"), e -> save(rateCards));
            save.setId("rate-card-settings-save");
            add(save);
        } else {
            turnaround.setReadOnly(true);
            threshold.setReadOnly(true);
        }
    }

    private void save(RateCards rateCards) {
        turnaround.setInvalid(false);
        threshold.setInvalid(false);
        Integer days = turnaround.getValue();
        if (days == null || days < PaymentLimits.MIN_TURNAROUND_DAYS || days > PaymentLimits.MAX_TURNAROUND_DAYS) {
            turnaround.setErrorMessage(getTranslation("rate-card.turnaround-range", PaymentLimits.MIN_TURNAROUND_DAYS,
                    PaymentLimits.MAX_TURNAROUND_DAYS));
            turnaround.setInvalid(true);
            return;
        }
        try {
            Long pence = Pounds.inRange(threshold, false, 1, PaymentLimits.MAX_THRESHOLD_PENCE,
                    "rate-card.threshold-range", Pounds.format(PaymentLimits.MAX_THRESHOLD_PENCE));
            rateCards.saveSettings(new PaymentSettings(days, pence));
            Notices.success(getTranslation("rate-card.settings.saved"));
        } catch (BusinessRuleException refused) {
            var field = refused.messageKey().equals("rate-card.turnaround-range") ? turnaround : threshold;
            field.setErrorMessage(Notices.message(refused));
            field.setInvalid(true);
        }
    }
}
