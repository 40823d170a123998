package app.involvement.identity.ui;

import app.involvement.identity.PasswordReset;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Choose a new password from a reset link. A used, expired or forged link only gets an explanation. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends CenteredPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordReset passwordReset;

    public ResetPasswordView(PasswordReset passwordReset) {
        this.passwordReset = passwordReset;
        setHeading(getTranslation("reset.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (!passwordReset.isUsable(token)) {
            replaceContent(new Paragraph(getTranslation("link.unusable")), ForgotPasswordView.backToLogin());
            return;
        }
        var fields = new NewPasswordFields(null);
        var save = new Button(getTranslation("reset.save"), e -> fields.validPassword().ifPresent(password -> {
            try {
                passwordReset.reset(token, password);
                replaceContent(new Paragraph(getTranslation("reset.done")), ForgotPasswordView.backToLogin());
            } catch (BusinessRuleException refused) {
                fields.showProblem(refused.messageKey());
            }
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        replaceContent(fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
