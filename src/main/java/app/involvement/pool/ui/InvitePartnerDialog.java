package app.involvement.pool.ui;

import app.involvement.identity.Invitations;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.EmailInputs;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Invites a service user or carer by e-mail; accepting the link creates their login and partner record. */
class InvitePartnerDialog extends Dialog {

    InvitePartnerDialog(Invitations invitations) {
        setHeaderTitle(getTranslation("pool.invite"));
        var email = EmailInputs.create(getTranslation("pool.field.email"), true);
        email.setWidthFull();
        add(new Paragraph(getTranslation("pool.invite.text")), email);
        var send = new Button(getTranslation("pool.invite.send"), e -> {
            if (!EmailInputs.check(email, true)) {
                email.focus();
                return;
            }
            try {
                var sent = invitations.invitePartner(email.getValue());
                Notices.success(getTranslation(sent.replacedEarlier() ? "pool.invited.replaced" : "pool.invited",
                        sent.email()));
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
