package app.involvement.retention.ui;

import static app.involvement.retention.RetentionLimits.*;

import app.involvement.retention.Retention;
import app.involvement.retention.RetentionPeriods;
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
 * The provider's retention periods: the lead changes them within {@link app.involvement.retention.RetentionLimits}
 * (the fields refuse other values and the service checks again); the coordinator sees them read-only.
 */
class RetentionPeriodsForm extends Div {

    private final IntegerField inactive = field("inactive-partners", MIN_INACTIVE_MONTHS, MAX_INACTIVE_MONTHS);
    private final IntegerField finance = field("finance-records", MIN_FINANCE_YEARS, MAX_FINANCE_YEARS);
    private final IntegerField audit = field("audit-entries", MIN_AUDIT_YEARS, MAX_AUDIT_YEARS);
    private final IntegerField mail = field("sent-mail", MIN_SENT_MAIL_DAYS, MAX_SENT_MAIL_DAYS);

    RetentionPeriodsForm(Retention retention, RetentionPeriods periods, boolean lead, Runnable saved) {
        setId("retention-periods");
        add(new H2(getTranslation("retention.periods.title")),
                new Paragraph(getTranslation(lead ? "retention.periods.lead" : "retention.periods.read-only")));
        inactive.setValue(periods.inactivePartnerMonths());
        finance.setValue(periods.financeYears());
        audit.setValue(periods.auditYears());
        mail.setValue(periods.sentMailDays());
        var fields = new Div(inactive, finance, audit, mail);
        fields.addClassName("retention-period-fields");
        add(fields);
        if (lead) {
            var save = new Button(getTranslation("retention.periods.save"), e -> save(retention, saved));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("retention-periods-save");
            add(save);
        } else {
            all().forEach(f -> f.setReadOnly(true));
        }
    }

    private void save(Retention retention, Runnable saved) {
        if (all().stream().anyMatch(f -> f.getValue() == null || f.isInvalid())) {
            Notices.error(getTranslation("retention.error.out-of-range"));
            return;
        }
        try {
            retention.change(new RetentionPeriods(inactive.getValue(), finance.getValue(), audit.getValue(),
                    mail.getValue()));
            Notices.success(getTranslation("retention.periods.saved"));
            saved.run();
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    private List<IntegerField> all() {
        return List.of(inactive, finance, audit, mail);
    }

    private IntegerField field(String kind, int min, int max) {
        var field = new IntegerField(getTranslation("retention.periods." + kind));
        field.setHelperText(getTranslation("retention.periods." + kind + ".range", min, max));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
        field.setId("retention-period-" + kind);
        return field;
    }
}
