package app.involvement.pool.ui;

import app.involvement.identity.Invitations;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.EmailAddress;
import app.involvement.shared.Limits;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;

/** Invites a service user or carer by e-mail; accepting the link creates their login and partner record. */
class InvitePartnerDialog extends Dialog {

    InvitePartnerDialog(Invitations invitations) {
        setHeaderTitle(getTranslation("pool.invite"));
        var email = new EmailField(getTranslation("pool.field.email"));
        email.setMaxLength(Limits.EMAIL);
        email.setRequired(true);
        email.setWidthFull();
        email.setErrorMessage(getTranslation("email.invalid"));
        add(new Paragraph(getTranslation("pool.invite.text")), email);
        var send = new Button(getTranslation("pool.invite.send"), e -> {
            if (!EmailAddress.isValid(email.getValue())) {
                email.setErrorMessage(getTranslation("email.invalid"));
                email.setInvalid(true);
                return;
            }
            try {
                invitations.invitePartner(email.getValue());
                Notices.success(getTranslation("pool.invited", EmailAddress.normalise(email.getValue())));
                close();
            } catch (BusinessRuleException refused) {
                email.setErrorMessage(Notices.message(refused));
                email.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
