package app.involvement.insights.ui;

import app.involvement.insights.PitfallLimits;
import app.involvement.insights.PitfallThresholds;
import app.involvement.insights.Pitfalls;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/**
 * The provider's thresholds: the lead changes them within {@link PitfallLimits} (the fields refuse other values and
 * the service checks again); the coordinator sees them read-only.
 */
class PitfallThresholdsForm extends Div {

    private final IntegerField topPartners = field("top-partners", PitfallLimits.MIN_TOP_PARTNERS,
            PitfallLimits.MAX_TOP_PARTNERS);
    private final IntegerField relianceShare = field("reliance-share", PitfallLimits.MIN_PERCENT,
            PitfallLimits.MAX_PERCENT);
    private final IntegerField coverage = field("coverage", PitfallLimits.MIN_PERCENT, PitfallLimits.MAX_PERCENT);
    private final IntegerField unevaluated = field("unevaluated", PitfallLimits.MIN_COUNT, PitfallLimits.MAX_COUNT);
    private final IntegerField overdue = field("overdue", PitfallLimits.MIN_COUNT, PitfallLimits.MAX_COUNT);
    private final IntegerField shrink = field("shrink", PitfallLimits.MIN_PERCENT, PitfallLimits.MAX_PERCENT);

    PitfallThresholdsForm(Pitfalls pitfalls, boolean lead, Runnable saved) {
        addClassName("pitfall-thresholds");
        setId("pitfall-thresholds");
        add(new H2(getTranslation("pitfalls.thresholds.title")),
                new Paragraph(getTranslation(lead ? "pitfalls.thresholds.lead" : "pitfalls.thresholds.read-only")));
        fill(pitfalls.thresholds());
        var fields = new Div(topPartners, relianceShare, coverage, unevaluated, overdue, shrink);
        fields.addClassName("pitfall-threshold-fields");
        add(fields);
        if (lead) {
            var save = new Button(getTranslation("pitfalls.thresholds.save"), e -> save(pitfalls, saved));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("pitfall-thresholds-save");
            add(save);
        } else {
            all().forEach(f -> f.setReadOnly(true));
        }
    }

    private void save(Pitfalls pitfalls, Runnable saved) {
        if (all().stream().anyMatch(f -> f.getValue() == null || f.isInvalid())) {
            Notices.error(getTranslation("pitfalls.error.out-of-range"));
            return;
        }
        try {
            pitfalls.updateThresholds(new PitfallThresholds(topPartners.getValue(), relianceShare.getValue(),
                    coverage.getValue(), unevaluated.getValue(), overdue.getValue(), shrink.getValue()));
            Notices.success(getTranslation("pitfalls.thresholds.saved"));
            saved.run();
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    private void fill(PitfallThresholds t) {
        topPartners.setValue(t.relianceTopPartners());
        relianceShare.setValue(t.relianceSharePercent());
        coverage.setValue(t.coveragePercent());
        unevaluated.setValue(t.unevaluatedSessions());
        overdue.setValue(t.overdueActions());
        shrink.setValue(t.shrinkPercent());
    }

    private List<IntegerField> all() {
        return List.of(topPartners, relianceShare, coverage, unevaluated, overdue, shrink);
    }

    private IntegerField field(String name, int min, int max) {
        var field = new IntegerField(getTranslation("pitfalls.thresholds." + name));
        field.setHelperText(getTranslation("pitfalls.thresholds.range", min, max));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
        field.setId("pitfall-threshold-" + name);
        return field;
    }
}
