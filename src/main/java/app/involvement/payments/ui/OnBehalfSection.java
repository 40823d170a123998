package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.Claims;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * A coordinator or the lead completes a draft or rejected claim for the partner (someone without a device, or
 * who asked for help): how they are paid, their expenses, and the declaration they made, then submits it. The
 * same rules as on the partner's own page; a claim staff submit is approved by someone else.
 */
class OnBehalfSection extends Div {

    OnBehalfSection(ClaimDetails claim, Claims claims, Runnable reload) {
        setId("claim-on-behalf");
        add(new Paragraph(getTranslation("claims.on-behalf.lead", claim.partnerName())));
        add(route(claim, claims, reload));
        add(new H3(getTranslation("claims.on-behalf.submit")), submit(claim, claims, reload));
    }

    private Div route(ClaimDetails claim, Claims claims, Runnable reload) {
        var route = new RadioButtonGroup<PaymentChoice>(getTranslation("claims.on-behalf.route"));
        route.setItems(PaymentChoice.values());
        route.setItemLabelGenerator(c -> ClaimTexts.route(this, c));
        route.setHelperText(getTranslation("claims.on-behalf.route.help"));
        route.setValue(claim.route());
        route.setId("claim-route");
        var save = new Button(getTranslation("claims.on-behalf.route.save"), e -> {
            try {
                claims.chooseRoute(claim.id(), route.getValue());
                Notices.success(getTranslation("claims.on-behalf.route.saved"));
                reload.run();
            } catch (BusinessRuleException refused) {
                route.setErrorMessage(Notices.message(refused));
                route.setInvalid(true);
            }
        });
        save.setId("claim-route-save");
        return new Div(route, save);
    }

    private Div submit(ClaimDetails claim, Claims claims, Runnable reload) {
        var declared = new Checkbox(getTranslation("claims.on-behalf.declaration", claim.partnerName()));
        declared.setId("claim-declaration");
        var submit = new Button(getTranslation("claims.on-behalf.submit.button"), e -> {
            try {
                claims.submit(claim.id(), declared.getValue());
                Notices.success(getTranslation("claims.on-behalf.submitted", claim.partnerName()));
                reload.run();
            } catch (BusinessRuleException refused) {
                declared.setErrorMessage(Notices.message(refused));
                declared.setInvalid(true);
                e.getSource().setEnabled(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.setId("claim-submit");
        return new Div(declared, submit);
    }
}
