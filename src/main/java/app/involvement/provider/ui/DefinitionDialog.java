package app.involvement.provider.ui;

import app.involvement.provider.DefinitionVersion;
import app.involvement.provider.NewDefinition;
import app.involvement.provider.ProgrammeDefinitions;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.DateRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Write the next version of a programme's definition of service users and carers. Starts from the
 * current version's text, so small changes stay small; the earlier version is kept as it was.
 */
class DefinitionDialog extends Dialog {

    static final class Form {
        String definition = "";
        String justification = "";
        LocalDate nextReviewOn;
    }

    DefinitionDialog(ProgrammeDefinitions definitions, Long programmeId, DefinitionVersion current, Runnable onSaved) {
        setHeaderTitle(getTranslation("definition.new"));
        var definition = area("definition.text", "definition.text.help", ProgrammeLimits.DEFINITION_TEXT);
        var justification = area("definition.justification", "definition.justification.help", ProgrammeLimits.JUSTIFICATION);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var review = new DatePicker(getTranslation("definition.next-review"));
        review.setRequired(true);
        review.setMin(today.plusDays(1));
        review.setMax(today.plusYears(ProgrammeLimits.REVIEW_YEARS_MAX));
        review.setHelperText(getTranslation("definition.next-review.help", ProgrammeLimits.REVIEW_YEARS_MAX));
        String outOfRange = getTranslation("definition.review.range", ProgrammeLimits.REVIEW_YEARS_MAX);
        review.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange)
                .setBadInputErrorMessage(getTranslation("definition.review.bad-input"))
                .setRequiredErrorMessage(getTranslation("field.required")));
        UkDatePickers.ukFormat(review);

        var binder = new Binder<Form>();
        binder.forField(definition).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(length(ProgrammeLimits.DEFINITION_TEXT))
                .bind(f -> f.definition, (f, v) -> f.definition = v);
        binder.forField(justification).asRequired(getTranslation("field.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("field.required"))
                .withValidator(length(ProgrammeLimits.JUSTIFICATION))
                .bind(f -> f.justification, (f, v) -> f.justification = v);
        binder.forField(review).asRequired(getTranslation("field.required"))
                .withValidator(new DateRangeValidator(outOfRange, today.plusDays(1), today.plusYears(ProgrammeLimits.REVIEW_YEARS_MAX)))
                .bind(f -> f.nextReviewOn, (f, v) -> f.nextReviewOn = v);
        var form = new Form();
        if (current != null) {
            form.definition = current.definition();
            form.justification = current.justification();
        }
        form.nextReviewOn = today.plusYears(1);
        binder.setBean(form);

        var layout = new FormLayout(definition, justification, review);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);

        var save = new Button(getTranslation("definition.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var saved = definitions.add(programmeId, new NewDefinition(form.definition, form.justification, form.nextReviewOn));
                Notices.success(getTranslation("definition.saved", saved.number()));
                close();
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            } catch (org.springframework.dao.ConcurrencyFailureException
                    | org.springframework.dao.DataIntegrityViolationException clash) {
                Notices.error(getTranslation("definition.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("field.too-long", max), 1, max);
    }

    private TextArea area(String labelKey, String helpKey, int maxLength) {
        var field = new TextArea(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setMaxLength(maxLength);
        field.setRequired(true);
        field.setMinRows(4);
        field.setMaxRows(12);
        return field;
    }
}
