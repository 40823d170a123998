package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.Objective;
import app.involvement.planning.ObjectiveInput;
import app.involvement.planning.ObjectiveStatus;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Strategies;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

/** The lead adds an objective to the strategy, or records its progress. */
class ObjectiveDialog extends Dialog {

    ObjectiveDialog(Strategies strategies, Objective current, Runnable onSaved) {
        setHeaderTitle(t(current == null ? "objectives.add" : "objectives.edit"));
        var title = PlanningUi.text("objective-title", "objectives.field.title", PlanningLimits.TITLE, true);
        var measure = PlanningUi.text("objective-measure", "objectives.field.measure", PlanningLimits.MEASURE, true);
        measure.setHelperText(t("objectives.field.measure.help"));
        var target = PlanningUi.text("objective-target", "objectives.field.target", PlanningLimits.TARGET, true);
        target.setHelperText(t("objectives.field.target.help"));
        var owner = PlanningUi.text("objective-owner", "objectives.field.owner", PlanningLimits.OWNER, true);
        owner.setHelperText(t("planning.owner.help"));
        var status = new Select<ObjectiveStatus>();
        status.setLabel(t("objectives.field.status"));
        status.setId("objective-status");
        status.setItems(ObjectiveStatus.values());
        status.setItemLabelGenerator(s -> t("objectives.status." + s));
        status.setValue(ObjectiveStatus.NOT_STARTED);
        var progress = PlanningUi.area("objective-progress", "objectives.field.progress", PlanningLimits.PROGRESS, false);
        progress.setHelperText(t("objectives.field.progress.help"));
        if (current != null) {
            title.setValue(current.title());
            measure.setValue(current.measure());
            target.setValue(current.target());
            owner.setValue(current.owner());
            status.setValue(current.status());
            progress.setValue(current.progress() == null ? "" : current.progress());
        }
        var layout = new FormLayout(title, measure, target, owner, status, progress);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("objectives.save"), e -> {
            if (!PlanningUi.allFilled(title, measure, target, owner)) {
                return;
            }
            var input = new ObjectiveInput(title.getValue(), measure.getValue(), target.getValue(), owner.getValue(),
                    progress.getValue(), status.getValue());
            try {
                if (current == null) {
                    strategies.addObjective(input);
                } else {
                    strategies.updateObjective(current.id(), input);
                }
                Notices.success(t("objectives.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("objective-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }
}
