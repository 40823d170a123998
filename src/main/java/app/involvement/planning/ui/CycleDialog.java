package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.ReviewCycleInput;
import app.involvement.planning.ReviewCycles;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.ui.LightCheckboxGroup;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The lead records a review by the regulator, or changes it: kind, dates, programmes covered and a summary. */
class CycleDialog extends Dialog {

    /** @param cycleId null for a new cycle; {@code onSaved} gets the cycle's id */
    CycleDialog(ReviewCycles cycles, List<ProgrammeSummary> programmeItems, Long cycleId, ReviewCycleInput current,
            LongConsumer onSaved) {
        setHeaderTitle(t(cycleId == null ? "review-cycles.add" : "review-cycles.edit"));
        var kind = new Select<ReviewKind>();
        kind.setLabel(t("review-cycles.field.kind"));
        kind.setId("cycle-kind");
        kind.setItems(ReviewKind.values());
        kind.setItemLabelGenerator(k -> t("review-cycles.kind." + k));
        kind.setValue(ReviewKind.PERFORMANCE_REVIEW);
        var starts = PlanningUi.date("cycle-starts", "review-cycles.field.starts", true);
        var ends = PlanningUi.date("cycle-ends", "review-cycles.field.ends", false);
        ends.setHelperText(t("review-cycles.field.ends.help"));
        var summary = PlanningUi.area("cycle-summary", "review-cycles.field.summary", PlanningLimits.SUMMARY, false);
        summary.setHelperText(t("review-cycles.field.summary.help"));
        var programmes = new LightCheckboxGroup<ProgrammeSummary>();
        programmes.setId("cycle-programmes");
        programmes.setLabel(t("review-cycles.field.programmes"));
        programmes.setItems(programmeItems, ProgrammeSummary::name);
        programmes.setVertical();
        if (current != null) {
            kind.setValue(current.kind());
            starts.setValue(current.startsOn());
            ends.setValue(current.endsOn());
            summary.setValue(current.summary() == null ? "" : current.summary());
            programmes.setValue(programmeItems.stream().filter(p -> current.programmeIds().contains(p.id()))
                    .collect(Collectors.toSet()));
        }
        var layout = new FormLayout(kind, starts, ends, summary, programmes);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("review-cycles.save"), e -> {
            if (!PlanningUi.allFilled(starts)) {
                return;
            }
            if (ends.getValue() != null && ends.getValue().isBefore(starts.getValue())) {
                ends.setErrorMessage(t("planning.end-before-start"));
                ends.setInvalid(true);
                return;
            }
            var input = new ReviewCycleInput(kind.getValue(), starts.getValue(), ends.getValue(), summary.getValue(),
                    programmes.getValue().stream().map(ProgrammeSummary::id).collect(Collectors.toSet()));
            try {
                long id;
                if (cycleId == null) {
                    id = cycles.create(input);
                } else {
                    cycles.update(cycleId, input);
                    id = cycleId;
                }
                Notices.success(t("review-cycles.saved"));
                close();
                onSaved.accept(id);
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }
}
