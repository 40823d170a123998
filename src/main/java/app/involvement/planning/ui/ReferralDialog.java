package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Referral;
import app.involvement.planning.ReferralInput;
import app.involvement.planning.ReferralStatus;
import app.involvement.planning.ReviewCycles;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

/** The lead records a referral: the issue, the process it is referred to, when it is due, its status. */
class ReferralDialog extends Dialog {

    ReferralDialog(ReviewCycles cycles, Long cycleId, Referral current, Runnable onSaved) {
        setHeaderTitle(t(current == null ? "review-cycles.referral.add" : "review-cycles.referral.edit"));
        var issue = PlanningUi.area("referral-issue", "review-cycles.referral.issue", PlanningLimits.ISSUE, true);
        var referredTo = new Select<ReviewKind>();
        referredTo.setLabel(t("review-cycles.referral.referred-to"));
        referredTo.setId("referral-referred-to");
        referredTo.setItems(ReviewKind.values());
        referredTo.setItemLabelGenerator(k -> t("review-cycles.kind." + k));
        referredTo.setValue(ReviewKind.PERFORMANCE_REVIEW);
        referredTo.setHelperText(t("review-cycles.referral.referred-to.help"));
        var due = PlanningUi.date("referral-due", "review-cycles.referral.due", true);
        var status = new Select<ReferralStatus>();
        status.setLabel(t("review-cycles.referral.status"));
        status.setId("referral-status");
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> t("review-cycles.referral.status." + s));
        status.setValue(ReferralStatus.OPEN);
        var involvement = new Checkbox(t("review-cycles.referral.about-involvement"));
        involvement.setId("referral-involvement");
        if (current != null) {
            issue.setValue(current.issue());
            referredTo.setValue(current.referredTo());
            due.setValue(current.dueOn());
            status.setValue(current.status());
            involvement.setValue(current.aboutInvolvement());
        }
        var layout = new FormLayout(issue, referredTo, due, status, involvement);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("review-cycles.referral.save"), e -> {
            if (!PlanningUi.allFilled(issue, due)) {
                return;
            }
            var input = new ReferralInput(issue.getValue(), referredTo.getValue(), due.getValue(), status.getValue(),
                    involvement.getValue());
            try {
                if (current == null) {
                    cycles.addReferral(cycleId, input);
                } else {
                    cycles.updateReferral(cycleId, current.id(), input);
                }
                Notices.success(t("review-cycles.referral.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("referral-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }
}
