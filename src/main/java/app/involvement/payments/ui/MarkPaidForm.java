package app.involvement.payments.ui;

import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentRuns;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Finance marks an exported run paid: the day (not in the future, not before the export) and the payment reference.
 * The form checks what it can; the service checks everything again and its refusal is shown on the field.
 */
class MarkPaidForm extends VerticalLayout {

    private final DatePicker paidOn = new DatePicker();
    private final TextField reference = new TextField();

    MarkPaidForm(PaymentRuns runs, Long runId, LocalDate exportedOn, Clock clock, Runnable paid) {
        setPadding(false);
        setId("run-mark-paid");
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        paidOn.setLabel(getTranslation("runs.paid.on"));
        paidOn.setId("run-paid-on");
        paidOn.setRequiredIndicatorVisible(true);
        paidOn.setMin(exportedOn);
        paidOn.setMax(today);
        paidOn.setValue(today);
        UkDatePickers.ukFormat(paidOn);
        reference.setLabel(getTranslation("runs.paid.reference"));
        reference.setHelperText(getTranslation("runs.paid.reference.help"));
        reference.setId("run-paid-reference");
        reference.setRequiredIndicatorVisible(true);
        reference.setMaxLength(PaymentLimits.PAYMENT_REFERENCE);
        var submit = new Button(getTranslation("runs.paid.submit"), e -> {
            if (valid(today, exportedOn)) {
                try {
                    runs.markPaid(runId, paidOn.getValue(), reference.getValue());
                    Notices.success(getTranslation("runs.paid.done"));
                    paid.run();
                } catch (BusinessRuleException refused) {
                    if (refused.messageKey().startsWith("runs.paid-on")) {
                        paidOn.setErrorMessage(Notices.message(refused));
                        paidOn.setInvalid(true);
                    } else {
                        Notices.error(Notices.message(refused));
                    }
                }
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("run-paid-submit");
        add(new H2(getTranslation("runs.paid.title")), new Paragraph(getTranslation("runs.paid.lead")), paidOn,
                reference, submit);
    }

    private boolean valid(LocalDate today, LocalDate exportedOn) {
        LocalDate day = paidOn.getValue();
        String dayError = day == null ? "runs.paid-on-required" : day.isAfter(today) ? "runs.paid-on-future"
                : day.isBefore(exportedOn) ? "runs.paid-on-before-export" : null;
        paidOn.setInvalid(dayError != null);
        paidOn.setErrorMessage(dayError == null ? null : getTranslation(dayError));
        String ref = reference.getValue().strip();
        String refError = ref.isEmpty() ? "runs.reference-required" : null;
        reference.setInvalid(refError != null);
        reference.setErrorMessage(refError == null ? null : getTranslation(refError));
        return dayError == null && refError == null;
    }
}
