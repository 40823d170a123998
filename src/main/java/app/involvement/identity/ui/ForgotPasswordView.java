package app.involvement.identity.ui;

import app.involvement.identity.PasswordReset;
import app.involvement.shared.ui.CenteredPage;
import app.involvement.shared.ui.EmailInputs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Ask for a password reset link. The answer is the same whether or not the account exists and whether
 * or not the request was throttled.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends CenteredPage implements HasDynamicTitle {

    public ForgotPasswordView(PasswordReset passwordReset) {
        setHeading(getTranslation("forgot.title"));
        var email = EmailInputs.create(getTranslation("login.email"), true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setWidthFull();
        var send = new Button(getTranslation("forgot.send"), e -> {
            if (!EmailInputs.check(email, true)) {
                email.focus();
                return;
            }
            var request = VaadinRequest.getCurrent();
            passwordReset.request(email.getValue(), request == null ? null : request.getRemoteAddr());
            replaceContent(new Paragraph(getTranslation("forgot.sent")), backToLogin());
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        addContent(new Paragraph(getTranslation("forgot.lead")), email, send, backToLogin());
    }

    static RouterLink backToLogin() {
        var link = new RouterLink(LoginView.class);
        link.setText(link.getTranslation("login.back"));
        link.addClassName("back-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
