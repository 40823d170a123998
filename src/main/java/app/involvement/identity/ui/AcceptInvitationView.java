package app.involvement.identity.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Invitations;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Invitations.OpenInvitation;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Limits;
import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Accept an invitation from its e-mail link: create an account, or join with an existing one. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends CenteredPage implements BeforeEnterObserver, HasDynamicTitle {

    private final Invitations invitations;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    public AcceptInvitationView(Invitations invitations, CurrentUser currentUser, AuthenticationContext authentication) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.authentication = authentication;
        setHeading(getTranslation("invitation.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        invitations.open(token).ifPresentOrElse(open -> show(token, open),
                () -> replaceContent(new Paragraph(getTranslation("link.unusable")), ForgotPasswordView.backToLogin()));
    }

    private void show(String token, OpenInvitation open) {
        var intro = new Paragraph(getTranslation("invitation.lead", open.providerName(),
                getTranslation("role." + open.role()), open.email()));
        if (open.accountExists()) {
            showForExistingAccount(token, open, intro);
            return;
        }
        var name = new TextField(getTranslation("invitation.name"));
        name.setMaxLength(Limits.PERSON_NAME);
        name.setRequired(true);
        name.setWidthFull();
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setErrorMessage(getTranslation("name.invalid", Limits.PERSON_NAME));
        var password = new NewPasswordFields(open.email());
        var create = new Button(getTranslation("invitation.create"), e -> {
            name.setInvalid(name.getValue().isBlank());
            var chosen = password.validPassword();
            if (name.isInvalid()) {
                name.focus();
                return;
            }
            chosen.ifPresent(pw -> accept(() -> invitations.acceptWithNewAccount(token, name.getValue(), pw), password));
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        replaceContent(intro, name, password, create);
    }

    /** Only the account's owner, signed in, may add the provider to it: a forwarded link is not enough. */
    private void showForExistingAccount(String token, OpenInvitation open, Paragraph intro) {
        String signedInAs = currentUser.get().map(PortalUser::email).orElse(null);
        if (open.email().equals(signedInAs)) {
            var accept = new Button(getTranslation("invitation.accept"), e -> {
                try {
                    invitations.acceptWithExistingAccount(token);
                    var go = new RouterLink(getTranslation("invitation.go-to-provider", open.providerName()),
                            ChooseProviderView.class);
                    replaceContent(new Paragraph(getTranslation("invitation.joined", open.providerName())), go);
                } catch (BusinessRuleException refused) {
                    replaceContent(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
                }
            });
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            replaceContent(intro, new Paragraph(getTranslation("invitation.existing.signed-in", signedInAs,
                    open.providerName())), accept);
        } else if (signedInAs != null) {
            var logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
            replaceContent(intro, new Paragraph(getTranslation("invitation.other-account", open.email(), signedInAs)),
                    logout);
        } else {
            var login = new Button(getTranslation("invitation.log-in"), e -> {
                LoginReturn.remember("invitation?token=" + token);
                UI.getCurrent().navigate(LoginView.class);
            });
            login.addThemeVariants(ButtonVariant.PRIMARY);
            replaceContent(intro, new Paragraph(getTranslation("invitation.log-in-first", open.email())), login);
        }
    }

    private void accept(Runnable action, NewPasswordFields password) {
        try {
            action.run();
            replaceContent(new Paragraph(getTranslation("invitation.done")), ForgotPasswordView.backToLogin());
        } catch (BusinessRuleException refused) {
            if (password != null && refused.messageKey().startsWith("password.")) {
                password.showProblem(refused.messageKey());
            } else {
                replaceContent(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())),
                        ForgotPasswordView.backToLogin());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
