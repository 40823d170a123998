package app.involvement.identity.ui;

import app.involvement.identity.ProviderOnboarding;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import app.involvement.shared.ui.EmailInputs;
import app.involvement.shared.ui.Notices;
import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Onboard a provider: its details and the e-mail of its first involvement lead, who gets an invitation. */
class OnboardProviderDialog extends Dialog {

    /** The form's state; a record is built from it only when every field is valid. */
    static final class Form {
        String name = "";
        String shortCode = "";
        String contactName = "";
        String contactEmail = "";
        String partnerTerm = "";
        Language defaultLanguage = Language.ENGLISH;
        String leadEmail = "";
    }

    OnboardProviderDialog(ProviderOnboarding onboarding, Runnable onDone) {
        setHeaderTitle(getTranslation("providers.onboard"));
        var binder = new Binder<Form>();
        var name = text("providers.name", ProviderLimits.NAME);
        var code = text("providers.code", ProviderLimits.SHORT_CODE);
        code.setHelperText(getTranslation("providers.code.help"));
        var contact = text("providers.contact", ProviderLimits.CONTACT_NAME);
        var contactEmail = email("providers.contact-email");
        var term = text("providers.term", ProviderLimits.PARTNER_TERM);
        term.setRequired(false);
        term.setHelperText(getTranslation("providers.term.help"));
        var language = new Select<Language>();
        language.setLabel(getTranslation("language.default"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.code()));
        var lead = email("providers.lead-email");
        lead.setHelperText(getTranslation("providers.lead-email.help"));

        binder.forField(name).asRequired(getTranslation("field.required"))
                .withValidator(new StringLengthValidator(getTranslation("field.too-long", ProviderLimits.NAME), 1, ProviderLimits.NAME))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(code).asRequired(getTranslation("field.required"))
                .withValidator(new RegexpValidator(getTranslation("providers.code.invalid"), ProviderLimits.SHORT_CODE_PATTERN))
                .bind(f -> f.shortCode, (f, v) -> f.shortCode = v);
        binder.forField(contact).asRequired(getTranslation("field.required"))
                .bind(f -> f.contactName, (f, v) -> f.contactName = v);
        binder.forField(contactEmail).asRequired(getTranslation("field.required"))
                .withValidator(EmailInputs.validator(true))
                .bind(f -> f.contactEmail, (f, v) -> f.contactEmail = v);
        binder.forField(term).bind(f -> f.partnerTerm, (f, v) -> f.partnerTerm = v);
        binder.forField(language).bind(f -> f.defaultLanguage, (f, v) -> f.defaultLanguage = v);
        binder.forField(lead).asRequired(getTranslation("field.required"))
                .withValidator(EmailInputs.validator(true))
                .bind(f -> f.leadEmail, (f, v) -> f.leadEmail = v);
        var form = new Form();
        binder.setBean(form);

        var layout = new FormLayout(name, code, contact, contactEmail, term, language, lead);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(layout);

        var save = new Button(getTranslation("providers.onboard.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                var created = onboarding.onboard(new NewProvider(form.name, form.shortCode, form.contactName,
                        form.contactEmail, form.partnerTerm, form.defaultLanguage), form.leadEmail);
                Notices.success(getTranslation("providers.onboarded", created.name(), form.leadEmail));
                onDone.run();
                close();
            } catch (BusinessRuleException refused) {
                code.setErrorMessage(Notices.message(refused));
                code.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField text(String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequired(true);
        return field;
    }

    private EmailField email(String labelKey) {
        return EmailInputs.forBinder(getTranslation(labelKey), true);
    }
}
