package app.involvement.identity.ui;

import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.EmailInputs;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Invite a coordinator or finance officer by e-mail. */
class InviteStaffDialog extends Dialog {

    InviteStaffDialog(Invitations invitations, Runnable onInvited) {
        setHeaderTitle(getTranslation("staff.invite"));
        var email = EmailInputs.create(getTranslation("staff.email"), true);
        email.setWidthFull();
        var role = new RadioButtonGroup<Role>(getTranslation("staff.role"));
        role.setItems(Role.COORDINATOR, Role.FINANCE);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(Role.COORDINATOR);
        role.setRequired(true);
        add(email, role);

        var send = new Button(getTranslation("staff.invite.send"), e -> {
            if (!EmailInputs.check(email, true)) {
                email.focus();
                return;
            }
            try {
                var sent = invitations.inviteStaff(email.getValue(), role.getValue());
                Notices.success(getTranslation(sent.replacedEarlier() ? "staff.invited.replaced" : "staff.invited",
                        sent.email()));
                onInvited.run();
                close();
            } catch (BusinessRuleException refused) {
                email.setErrorMessage(Notices.message(refused));
                email.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, send);
    }
}
