package app.involvement.evidence.ui;

import app.involvement.evidence.AssignmentLimits;
import app.involvement.evidence.NewReviewAssignment;
import app.involvement.evidence.ReviewAssignments;
import app.involvement.identity.ReviewerChoice;
import app.involvement.identity.Reviewers;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Assign a reviewer to a provider for a review and a window of days; the service checks the same rules again. */
class AssignReviewerDialog extends Dialog {

    /** Providers offered in the form: far more than the platform holds. */
    static final int PROVIDERS_MAX = 500;

    static final class Form {
        ReviewerChoice reviewer;
        ProviderSummary provider;
        ReviewKind kind = ReviewKind.PERFORMANCE_REVIEW;
        LocalDate startsOn;
        LocalDate endsOn;
    }

    AssignReviewerDialog(ReviewAssignments assignments, Reviewers reviewers, ProviderService providers,
            Runnable onDone) {
        setHeaderTitle(getTranslation("assignments.add"));
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        // combo boxes, not selects: Vaadin puts aria-required on a select's button, which axe rejects
        var reviewer = new ComboBox<ReviewerChoice>();
        reviewer.setLabel(getTranslation("assignments.field.reviewer"));
        reviewer.setItems(reviewers.choices());
        reviewer.setItemLabelGenerator(r -> getTranslation("assignments.reviewer", r.displayName(), r.email()));
        reviewer.setId("assignment-reviewer");
        var provider = new ComboBox<ProviderSummary>();
        provider.setLabel(getTranslation("assignments.field.provider"));
        provider.setItems(providers.list(PageRequest.of(0, PROVIDERS_MAX, Sort.by("name"))));
        provider.setItemLabelGenerator(ProviderSummary::name);
        provider.setId("assignment-provider");
        var kind = new ComboBox<ReviewKind>();
        kind.setLabel(getTranslation("assignments.field.kind"));
        kind.setItems(ReviewKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reviewer.kind." + k.name()));
        kind.setId("assignment-kind");
        var starts = UkDatePickers.ukFormat(new DatePicker(getTranslation("assignments.field.starts")));
        starts.setId("assignment-starts");
        starts.setMin(today.minusDays(AssignmentLimits.START_BACK_DAYS_MAX));
        starts.setMax(today.plusDays(AssignmentLimits.START_AHEAD_DAYS_MAX));
        var ends = UkDatePickers.ukFormat(new DatePicker(getTranslation("assignments.field.ends")));
        ends.setId("assignment-ends");
        ends.setMin(today);
        ends.setHelperText(getTranslation("assignments.field.ends.help", AssignmentLimits.WINDOW_DAYS_MAX));

        var binder = new Binder<Form>();
        String required = getTranslation("assignments.required");
        binder.forField(reviewer).asRequired(required).bind(f -> f.reviewer, (f, v) -> f.reviewer = v);
        binder.forField(provider).asRequired(required).bind(f -> f.provider, (f, v) -> f.provider = v);
        binder.forField(kind).asRequired(required).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(starts).asRequired(required)
                .withValidator(d -> !d.isBefore(today.minusDays(AssignmentLimits.START_BACK_DAYS_MAX)),
                        getTranslation("assignments.error.too-far-back", AssignmentLimits.START_BACK_DAYS_MAX))
                .withValidator(d -> !d.isAfter(today.plusDays(AssignmentLimits.START_AHEAD_DAYS_MAX)),
                        getTranslation("assignments.error.too-far-ahead", AssignmentLimits.START_AHEAD_DAYS_MAX))
                .bind(f -> f.startsOn, (f, v) -> f.startsOn = v);
        binder.forField(ends).asRequired(required)
                .withValidator(d -> !d.isBefore(today), getTranslation("assignments.error.in-past"))
                .withValidator(d -> starts.getValue() == null || !d.isBefore(starts.getValue()),
                        getTranslation("assignments.error.ends-before-start"))
                .withValidator(d -> starts.getValue() == null
                                || ChronoUnit.DAYS.between(starts.getValue(), d) + 1 <= AssignmentLimits.WINDOW_DAYS_MAX,
                        getTranslation("assignments.error.too-long", AssignmentLimits.WINDOW_DAYS_MAX))
                .bind(f -> f.endsOn, (f, v) -> f.endsOn = v);
        var form = new Form();
        binder.setBean(form);

        var layout = new FormLayout(reviewer, provider, kind, starts, ends);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(new Paragraph(getTranslation("assignments.add.text")), layout);

        var save = new Button(getTranslation("assignments.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                assignments.add(new NewReviewAssignment(form.reviewer.userId(), form.provider.id(), form.kind,
                        form.startsOn, form.endsOn));
                Notices.success(getTranslation("assignments.added", form.reviewer.displayName(), form.provider.name()));
                onDone.run();
                close();
            } catch (BusinessRuleException refused) {
                ends.setErrorMessage(Notices.message(refused));
                ends.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("assignment-save");
        getFooter().add(new Button(getTranslation("assignments.cancel"), e -> close()), save);
    }
}
