package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimEditing;
import app.involvement.payments.ClaimStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The declaration and the button that sends a claim (again, after it was sent back). The button turns itself off
 * on the first click, so a double click sends one request; a second tab is refused by the service.
 * {@code sent} runs after the claim is sent, and after a refusal, so the page shows the claim as it is now.
 */
public class ClaimSubmission extends Div {

    final Checkbox declared = new Checkbox();
    final Button submit = new Button();

    public ClaimSubmission(ClaimEditing editing, ClaimDetails claim, Runnable sent) {
        addClassName("claim-submission");
        setId("claim-submission");
        declared.setLabel(getTranslation("my-claims.declaration"));
        declared.setId("claim-declaration");
        declared.setRequiredIndicatorVisible(true);
        submit.setText(getTranslation(claim.status() == ClaimStatus.REJECTED ? "my-claims.submit.again"
                : "my-claims.submit"));
        submit.setId("claim-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                editing.submit(claim.id(), declared.getValue());
                Notices.success(getTranslation("my-claims.submitted", ""));
                sent.run();
            } catch (BusinessRuleException refused) {
                declared.setErrorMessage(Notices.message(refused));
                declared.setInvalid(!declared.getValue());
                Notices.error(Notices.message(refused));
                submit.setEnabled(true);
                if (refused.messageKey().equals("payments.claim.already-submitted")) {
                    sent.run();
                }
            }
        });
        add(new H2(getTranslation("my-claims.submit.heading")), new Paragraph(getTranslation("my-claims.submit.lead")),
                declared, submit);
    }
}
