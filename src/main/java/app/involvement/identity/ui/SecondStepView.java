package app.involvement.identity.ui;

import app.involvement.identity.TwoStepSignIn;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.CenteredPage;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
@Route(value = "mfa", autoLayout = false)
@PermitAll
public class SecondStepView extends CenteredPage implements HasDynamicTitle {

    public SecondStepView(TwoStepSignIn twoStep, AuthenticationContext authentication) {
        setHeading(getTranslation("mfa.verify.title"));
        if (twoStep.pendingStep() != TwoStepSignIn.Step.VERIFY) {
            addContent(new Paragraph(getTranslation("mfa.verify.nothing")), new Anchor("", getTranslation("mfa.home")));
            return;
        }
        var code = OneTimeCodeField.create(getTranslation("mfa.code"), getTranslation("mfa.verify.help"));
        var verify = new Button(getTranslation("mfa.verify.submit"), e -> {
            try {
                twoStep.verify(code.getValue());
                UI.getCurrent().getPage().setLocation("/");
            } catch (BusinessRuleException refused) {
                OneTimeCodeField.refuse(code, Notices.message(refused));
            }
        });
        verify.setId("mfa-submit");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        var logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        addContent(new Paragraph(getTranslation("mfa.verify.lead")), code, verify, logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("mfa.verify.title"), getTranslation("app.name"));
    }
}
