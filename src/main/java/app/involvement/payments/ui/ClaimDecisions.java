package app.involvement.payments.ui;

import app.involvement.identity.Role;
import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.Claims;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The decision the reader's role takes at the claim's step: a coordinator or the lead approves or rejects a
 * submitted claim; finance authorises or rejects an approved one, and may still reject an authorised one until it
 * is in a run. The service checks every rule again (own claim, the approver, the step).
 */
class ClaimDecisions extends Div {

    ClaimDecisions(ClaimDetails claim, Role role, Claims claims, Runnable reload) {
        addClassName("page-actions");
        setId("claim-decisions");
        boolean finance = role == Role.FINANCE;
        ClaimStatus status = claim.status();
        if (!finance && status == ClaimStatus.SUBMITTED) {
            add(step("claims.approve", "claim-approve", () -> claims.approve(claim.id()),
                    getTranslation("claims.approved", claim.partnerName()), reload));
        }
        if (finance && status == ClaimStatus.APPROVED) {
            add(step("claims.authorise", "claim-authorise", () -> claims.authorise(claim.id()),
                    getTranslation("claims.authorised", claim.partnerName()), reload));
        }
        boolean rejectable = finance ? (status == ClaimStatus.APPROVED || status == ClaimStatus.AUTHORISED)
                && claim.runId() == null : status == ClaimStatus.SUBMITTED;
        if (rejectable) {
            var reject = new Button(getTranslation("claims.reject"),
                    e -> new RejectClaimDialog(claims, claim, reload).open());
            reject.addThemeVariants(ButtonVariant.ERROR);
            reject.setId("claim-reject");
            add(reject);
        }
    }

    private Button step(String key, String id, Runnable action, String done, Runnable reload) {
        var button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Notices.success(done);
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
            reload.run();
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId(id);
        button.setDisableOnClick(true);
        return button;
    }
}
