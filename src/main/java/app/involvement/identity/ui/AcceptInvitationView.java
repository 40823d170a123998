package app.involvement.identity.ui;

import app.involvement.identity.Invitations;
import app.involvement.identity.Invitations.OpenInvitation;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Limits;
import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Accept an invitation from its e-mail link: create an account, or join with an existing one. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends CenteredPage implements BeforeEnterObserver, HasDynamicTitle {

    private final Invitations invitations;

    public AcceptInvitationView(Invitations invitations) {
        this.invitations = invitations;
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
            var accept = new Button(getTranslation("invitation.accept"), e -> accept(() -> invitations.acceptWithExistingAccount(token), null));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            replaceContent(intro, new Paragraph(getTranslation("invitation.existing")), accept);
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
