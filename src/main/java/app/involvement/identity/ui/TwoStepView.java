package app.involvement.identity.ui;

import app.involvement.identity.TwoStepSignIn;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Everyone's own two-step sign-in: whether it is on, setting it up, and turning it off where allowed. */
@Route("two-step")
@Menu(title = "menu.two-step", order = 90)
@PermitAll
class TwoStepView extends VerticalLayout implements HasDynamicTitle {

    private final TwoStepSignIn twoStep;
    private final Div body = new Div();

    TwoStepView(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
        add(new PageHeader(getTranslation("mfa.settings.title"), getTranslation("mfa.settings.lead")), body);
        show();
    }

    private void show() {
        body.removeAll();
        boolean enrolled = twoStep.enrolled();
        boolean required = twoStep.required();
        var status = new Paragraph(getTranslation(enrolled ? "mfa.settings.on" : "mfa.settings.off"));
        status.setId("mfa-status");
        body.add(status);
        if (required) {
            body.add(new Paragraph(getTranslation("mfa.settings.required")));
        }
        if (!enrolled) {
            var setUp = new Button(getTranslation("mfa.settings.set-up"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(EnrolView.class)));
            setUp.addThemeVariants(ButtonVariant.PRIMARY);
            body.add(setUp);
        } else if (!required) {
            var code = OneTimeCodeField.create(getTranslation("mfa.code"), getTranslation("mfa.settings.off-help"));
            code.setAutofocus(false);
            code.setMaxWidth("20rem");
            var off = new Button(getTranslation("mfa.settings.turn-off"), e -> {
                try {
                    twoStep.disable(code.getValue());
                    Notices.success(getTranslation("mfa.settings.turned-off"));
                    show();
                } catch (BusinessRuleException refused) {
                    OneTimeCodeField.refuse(code, Notices.message(refused));
                }
            });
            off.setId("mfa-turn-off");
            body.add(code, off);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.settings.title");
    }
}
