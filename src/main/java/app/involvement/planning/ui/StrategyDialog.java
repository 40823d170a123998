package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Strategies;
import app.involvement.planning.StrategyInput;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/** The lead writes the involvement strategy, or changes it. */
class StrategyDialog extends Dialog {

    StrategyDialog(Strategies strategies, StrategyInput current, Runnable onSaved) {
        setHeaderTitle(t(current == null ? "strategy.write" : "strategy.edit"));
        var title = PlanningUi.text("strategy-title", "strategy.field.title", PlanningLimits.TITLE, true);
        var text = PlanningUi.area("strategy-text", "strategy.field.text", PlanningLimits.TEXT, true);
        text.setHelperText(t("strategy.field.text.help"));
        var owner = PlanningUi.text("strategy-owner", "strategy.field.owner", PlanningLimits.OWNER, true);
        owner.setHelperText(t("planning.owner.help"));
        var starts = PlanningUi.date("strategy-starts", "strategy.field.starts", true);
        var ends = PlanningUi.date("strategy-ends", "strategy.field.ends", true);
        if (current != null) {
            title.setValue(current.title());
            text.setValue(current.text());
            owner.setValue(current.owner());
            starts.setValue(current.startsOn());
            ends.setValue(current.endsOn());
        }
        var layout = new FormLayout(title, text, owner, starts, ends);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("strategy.save"), e -> {
            if (!PlanningUi.allFilled(title, text, owner, starts, ends)) {
                return;
            }
            try {
                strategies.save(new StrategyInput(title.getValue(), text.getValue(), owner.getValue(),
                        starts.getValue(), ends.getValue()));
                Notices.success(t("strategy.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("strategy-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }
}
