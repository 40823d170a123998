package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.Claims;
import app.involvement.payments.PaymentLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Rejects a claim at the reader's step with a reason the partner sees; they amend it and submit it again. */
class RejectClaimDialog extends Dialog {

    private final TextArea reason = new TextArea();

    RejectClaimDialog(Claims claims, ClaimDetails claim, Runnable onRejected) {
        setHeaderTitle(getTranslation("claims.reject.title", claim.partnerName()));
        setId("claim-reject-dialog");
        reason.setLabel(getTranslation("claims.reject.reason"));
        reason.setHelperText(getTranslation("claims.reject.reason.help"));
        reason.setMaxLength(PaymentLimits.REJECTION_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("claim-reject-reason");
        add(new Paragraph(getTranslation("claims.reject.text", claim.sessionTitle())), reason);
        var reject = new Button(getTranslation("claims.reject.confirm"), e -> {
            try {
                claims.reject(claim.id(), reason.getValue());
                Notices.success(getTranslation("claims.rejected", claim.partnerName()));
                close();
                onRejected.run();
            } catch (BusinessRuleException refused) {
                reason.setErrorMessage(Notices.message(refused));
                reason.setInvalid(true);
                reason.focus();
            }
        });
        reject.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        reject.setId("claim-reject-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), reject);
    }
}
