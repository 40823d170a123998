package app.involvement.identity.ui;

import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Log in with e-mail and password. Every refusal shows the same message; only a server too busy to
 * check the password says so, and asks the person to try again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends CenteredPage implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setHeading(getTranslation("app.name"));
        form.setAction("login");
        form.setI18n(i18n());
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        addContent(new Paragraph(getTranslation("login.lead")), form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("busy")) {
            LoginI18n busy = i18n();
            busy.getErrorMessage().setTitle(getTranslation("login.busy.title"));
            busy.getErrorMessage().setMessage(getTranslation("login.busy.message"));
            form.setI18n(busy);
        }
        form.setError(parameters.containsKey("error") || parameters.containsKey("busy"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("login.title"), getTranslation("app.name"));
    }
}
