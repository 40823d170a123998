package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.Claims;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A coordinator or the lead completes a draft or rejected claim for the partner (someone without a device, or who
 * asked for help) with the partner's own components and rules: how they are paid, their costs with receipts, then
 * the declaration the partner made, and sends it. A claim staff send is approved by someone else.
 */
class OnBehalfSection extends Div {

    OnBehalfSection(ClaimDetails claim, Claims claims, Runnable reload) {
        setId("claim-on-behalf");
        add(new Paragraph(getTranslation("claims.on-behalf.lead", claim.partnerName())),
                new RouteChoice(claims, claim, reload),
                new ExpenseForm(claims, claim.id(), claim.heldOn(), reload),
                submission(claim, claims, reload));
    }

    /** The staff wording of the declaration: the partner confirms, the coordinator records it. */
    private Div submission(ClaimDetails claim, Claims claims, Runnable reload) {
        var declared = new Checkbox(getTranslation("claims.on-behalf.declaration", claim.partnerName()));
        declared.setId("claim-declaration");
        declared.setRequiredIndicatorVisible(true);
        var submit = new Button(getTranslation("claims.on-behalf.submit.button"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.setId("claim-submit");
        submit.addClickListener(e -> {
            try {
                claims.submit(claim.id(), declared.getValue());
                Notices.success(getTranslation("claims.on-behalf.submitted", claim.partnerName()));
                reload.run();
            } catch (BusinessRuleException refused) {
                declared.setErrorMessage(Notices.message(refused));
                declared.setInvalid(true);
                submit.setEnabled(true);
                if (refused.messageKey().equals("payments.claim.already-submitted")) {
                    reload.run();
                }
            }
        });
        var box = new Div(new H2(getTranslation("claims.on-behalf.submit")), declared, submit);
        box.addClassName("claim-submission");
        return box;
    }
}
