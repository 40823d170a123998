package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimEditing;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;

/**
 * How this claim is paid: fee, voucher, costs only or nothing, each with a line on what it means, and a plain note
 * on benefits above the choice (information, not advice). Saving works the fee out again from the rate card;
 * {@code changed} runs after.
 */
public class RouteChoice extends Div {

    final LightRadioGroup<PaymentChoice> route = new LightRadioGroup<>();
    final Button save = new Button();

    public RouteChoice(ClaimEditing editing, ClaimDetails claim, Runnable changed) {
        addClassName("route-choice");
        setId("route-choice");
        var heading = new H2(getTranslation("my-claims.route.heading"));
        var benefits = new Paragraph(getTranslation("my-claims.route.benefits"));
        benefits.setId("route-benefits");
        benefits.addClassName("benefits-note");
        route.setLabel(getTranslation("my-claims.route.label"));
        route.setItems(Arrays.asList(PaymentChoice.values()), c -> getTranslation("pool.payment." + c),
                c -> getTranslation("my-claims.route." + c + ".help"));
        route.setVertical();
        route.setRequired(true);
        route.setId("route-options");
        route.setValue(claim.route());
        route.getElement().setAttribute("aria-describedby", "route-benefits");
        save.setText(getTranslation("my-claims.route.save"));
        save.setId("route-save");
        save.addClickListener(e -> {
            try {
                editing.chooseRoute(claim.id(), route.getValue());
                Notices.success(getTranslation("my-claims.route.saved"));
                changed.run();
            } catch (BusinessRuleException refused) {
                route.setErrorMessage(Notices.message(refused));
                route.setInvalid(true);
                Notices.error(Notices.message(refused));
            }
        });
        add(heading, benefits, route, save);
    }
}
