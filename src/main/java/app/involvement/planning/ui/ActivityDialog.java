package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.ActivityStatus;
import app.involvement.planning.EvidenceLink;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.QualityActivity;
import app.involvement.planning.QualityActivityInput;
import app.involvement.planning.ReviewCycles;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** The lead records a quality activity: the question, the response, evidence from the portal and its status. */
class ActivityDialog extends Dialog {

    ActivityDialog(ReviewCycles cycles, Long cycleId, List<EvidenceLink> links, QualityActivity current,
            Runnable onSaved) {
        setHeaderTitle(t(current == null ? "review-cycles.activity.add" : "review-cycles.activity.edit"));
        var question = PlanningUi.area("activity-question", "review-cycles.activity.question", PlanningLimits.QUESTION, true);
        var response = PlanningUi.area("activity-response", "review-cycles.activity.response", PlanningLimits.RESPONSE, false);
        var evidence = new ComboBox<EvidenceLink>(t("review-cycles.activity.evidence"));
        evidence.setId("activity-evidence");
        evidence.setItems(links);
        evidence.setItemLabelGenerator(ActivityDialog::label);
        evidence.setClearButtonVisible(true);
        evidence.setHelperText(t("review-cycles.activity.evidence.help"));
        evidence.setWidthFull();
        var status = new Select<ActivityStatus>();
        status.setLabel(t("review-cycles.activity.status"));
        status.setId("activity-status");
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(s -> t("review-cycles.activity.status." + s));
        status.setValue(ActivityStatus.OPEN);
        if (current != null) {
            question.setValue(current.question());
            response.setValue(current.response() == null ? "" : current.response());
            links.stream().filter(l -> l.path().equals(current.evidencePath())).findFirst().ifPresent(evidence::setValue);
            status.setValue(current.status());
        }
        var layout = new FormLayout(question, response, evidence, status);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("review-cycles.activity.save"), e -> {
            if (!PlanningUi.allFilled(question)) {
                return;
            }
            var input = new QualityActivityInput(question.getValue(), response.getValue(),
                    evidence.getValue() == null ? null : evidence.getValue().path(), status.getValue());
            try {
                if (current == null) {
                    cycles.addActivity(cycleId, input);
                } else {
                    cycles.updateActivity(cycleId, current.id(), input);
                }
                Notices.success(t("review-cycles.activity.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }

    static String label(EvidenceLink link) {
        return t("review-cycles.evidence.kind." + link.kind(), link.name());
    }
}
