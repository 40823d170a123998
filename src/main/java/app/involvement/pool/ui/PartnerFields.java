package app.involvement.pool.ui;

import app.involvement.pool.AccessNeed;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PaymentChoice;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.EmailInputs;
import app.involvement.shared.ui.LightCheckboxGroup;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The fields of a partner profile and their one {@link Binder}, shared by the staff dialog and the
 * partner's own page; each view lays them out itself. Same rules as the service ({@code ProfileRules}).
 */
class PartnerFields {

    final TextField preferredName = text("pool.field.preferred-name", PartnerLimits.NAME);
    final TextField fullName = text("pool.field.full-name", PartnerLimits.NAME);
    final TextField pronouns = text("pool.field.pronouns", PartnerLimits.PRONOUNS);
    final EmailField email = EmailInputs.forBinder(t("pool.field.email"), false);
    final TextField phone = text("pool.field.phone", PartnerLimits.PHONE);
    final TextField postcode = text("pool.field.postcode", PartnerLimits.POSTCODE + 2);
    final LightRadioGroup<PartnerKind> kind = new LightRadioGroup<>();
    final LightRadioGroup<ContactPreference> contact = new LightRadioGroup<>();
    final LightRadioGroup<PaymentChoice> payment = new LightRadioGroup<>();
    final LightCheckboxGroup<AccessNeed> accessNeeds = new LightCheckboxGroup<>();
    final TextArea accessNotes = new TextArea();
    final LightCheckboxGroup<ReferenceItem> interests = new LightCheckboxGroup<>();

    private final Binder<Bean> binder = new Binder<>();
    private final List<ReferenceItem> activityTypes;

    PartnerFields(List<ReferenceItem> activityTypes, boolean forPartner) {
        this.activityTypes = activityTypes;
        String suffix = forPartner ? "" : ".staff";
        preferredName.setHelperText(t("pool.field.preferred-name.help" + suffix));
        preferredName.setRequired(true);
        pronouns.setHelperText(t("pool.field.pronouns.help"));
        email.setHelperText(t(forPartner ? "pool.field.email.own" : "pool.field.email.help"));
        email.setReadOnly(forPartner);
        phone.setHelperText(t("pool.field.phone.help"));
        postcode.setHelperText(t("pool.field.postcode.help"));
        radio(kind, "pool.field.kind" + suffix, PartnerKind.values(), k -> t("pool.kind." + k));
        radio(contact, "pool.field.contact" + suffix, ContactPreference.values(), c -> t("pool.contact." + c));
        radio(payment, "pool.field.payment" + suffix, PaymentChoice.values(), p -> t("pool.payment." + p));
        payment.setItems(List.of(PaymentChoice.values()), p -> t("pool.payment." + p),
                p -> t("pool.payment." + p + ".help" + suffix));
        accessNeeds.setLabel(t("pool.field.access" + suffix));
        accessNeeds.setItems(List.of(AccessNeed.values()), a -> t("pool.access." + a));
        accessNeeds.setVertical();
        accessNotes.setLabel(t("pool.field.access-notes" + suffix));
        accessNotes.setMaxLength(PartnerLimits.ACCESS_NOTES);
        accessNotes.setWidthFull();
        interests.setLabel(t("pool.field.interests" + suffix));
        interests.setItems(activityTypes, ReferenceItem::name);
        interests.setVertical();

        binder.forField(preferredName).withValidator(rule(v -> !v.isBlank() && v.trim().length() <= PartnerLimits.NAME,
                "pool.error.preferred-name", PartnerLimits.NAME)).bind(Bean::preferredName, Bean::preferredName);
        binder.forField(fullName).withValidator(rule(v -> v.trim().length() <= PartnerLimits.NAME, "pool.error.full-name",
                PartnerLimits.NAME)).bind(Bean::fullName, Bean::fullName);
        binder.forField(pronouns).withValidator(rule(v -> v.trim().length() <= PartnerLimits.PRONOUNS,
                "pool.error.pronouns", PartnerLimits.PRONOUNS)).bind(Bean::pronouns, Bean::pronouns);
        binder.forField(email).withValidator(forPartner ? Validator.alwaysPass() : EmailInputs.validator(false))
                .bind(Bean::email, Bean::email);
        binder.forField(phone).withValidator(rule(v -> v.isBlank() || PartnerLimits.isUkPhone(v), "pool.error.phone"))
                .bind(Bean::phone, Bean::phone);
        binder.forField(postcode).withValidator(rule(v -> v.isBlank() || PartnerLimits.isUkPostcode(v), "pool.error.postcode"))
                .bind(Bean::postcode, Bean::postcode);
        binder.forField(kind).asRequired(t("pool.error.kind")).bind(Bean::kind, Bean::kind);
        binder.forField(contact).asRequired(t("pool.error.contact")).bind(Bean::contact, Bean::contact);
        if (forPartner) {
            binder.forField(payment).asRequired(t("pool.error.payment")).bind(Bean::payment, Bean::payment);
        } else {
            // the partner chooses; staff record a choice only when the partner has told them
            payment.setRequired(false);
            payment.setHelperText(t("pool.field.payment.staff.help"));
            binder.forField(payment).bind(Bean::payment, Bean::payment);
        }
        binder.forField(accessNeeds).bind(Bean::accessNeeds, Bean::accessNeeds);
        binder.forField(accessNotes).withValidator(rule(v -> v.trim().length() <= PartnerLimits.ACCESS_NOTES,
                "pool.error.access-notes", PartnerLimits.ACCESS_NOTES)).bind(Bean::accessNotes, Bean::accessNotes);
        binder.forField(interests).bind(Bean::interests, Bean::interests);
    }

    void read(PartnerProfile p) {
        Map<Long, ReferenceItem> byId = activityTypes.stream().collect(Collectors.toMap(ReferenceItem::id, i -> i));
        var bean = new Bean();
        bean.preferredName(p.preferredName()).fullName(p.fullName()).pronouns(p.pronouns()).email(p.email())
                .phone(p.phone()).postcode(p.postcode()).kind(p.kind()).contact(p.contactPreference())
                .payment(p.paymentChoice()).accessNeeds(p.accessNeeds()).accessNotes(p.accessNotes())
                .interests(p.interests().stream().map(byId::get).filter(i -> i != null).collect(Collectors.toSet()));
        binder.readBean(bean);
    }

    /** The profile entered, or empty with every problem shown next to its field. */
    Optional<PartnerProfile> validated() {
        var bean = new Bean();
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        return Optional.of(new PartnerProfile(bean.preferredName, bean.fullName, bean.pronouns, bean.email, bean.phone,
                bean.postcode, bean.kind, bean.contact, bean.payment, bean.accessNeeds, bean.accessNotes,
                bean.interests.stream().map(ReferenceItem::id).collect(Collectors.toSet())));
    }

    /** Shows a refusal from the service next to the field it concerns, else as a notice. */
    void show(BusinessRuleException refused) {
        String message = Notices.message(refused);
        String key = refused.messageKey().startsWith("email.") ? "email" : refused.messageKey();
        HasValidation field = switch (key) {
            case "pool.error.preferred-name" -> preferredName;
            case "pool.error.full-name" -> fullName;
            case "pool.error.pronouns" -> pronouns;
            case "email", "pool.error.email-taken" -> email;
            case "pool.error.phone" -> phone;
            case "pool.error.postcode" -> postcode;
            case "pool.error.access-notes" -> accessNotes;
            case "pool.error.unknown-activity-type" -> interests;
            default -> null;
        };
        if (field == null) {
            Notices.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static <T> void radio(LightRadioGroup<T> group, String labelKey, T[] items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        group.setLabel(t(labelKey));
        group.setItems(List.of(items), labels);
        group.setRequired(true);
        group.setVertical();
    }

    private static TextField text(String labelKey, int max) {
        var field = new TextField(t(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    private static Validator<String> rule(Predicate<String> ok, String key, Object... args) {
        return (value, context) -> ok.test(value == null ? "" : value) ? ValidationResult.ok()
                : ValidationResult.error(t(key, args));
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** The form's working copy. */
    static final class Bean {
        private String preferredName = "";
        private String fullName = "";
        private String pronouns = "";
        private String email = "";
        private String phone = "";
        private String postcode = "";
        private PartnerKind kind;
        private ContactPreference contact;
        private PaymentChoice payment;
        private Set<AccessNeed> accessNeeds = Set.of();
        private String accessNotes = "";
        private Set<ReferenceItem> interests = Set.of();

        String preferredName() { return preferredName; }
        Bean preferredName(String v) { preferredName = v; return this; }
        String fullName() { return fullName; }
        Bean fullName(String v) { fullName = v; return this; }
        String pronouns() { return pronouns; }
        Bean pronouns(String v) { pronouns = v; return this; }
        String email() { return email; }
        Bean email(String v) { email = v; return this; }
        String phone() { return phone; }
        Bean phone(String v) { phone = v; return this; }
        String postcode() { return postcode; }
        Bean postcode(String v) { postcode = v; return this; }
        PartnerKind kind() { return kind; }
        Bean kind(PartnerKind v) { kind = v; return this; }
        ContactPreference contact() { return contact; }
        Bean contact(ContactPreference v) { contact = v; return this; }
        PaymentChoice payment() { return payment; }
        Bean payment(PaymentChoice v) { payment = v; return this; }
        Set<AccessNeed> accessNeeds() { return accessNeeds; }
        Bean accessNeeds(Set<AccessNeed> v) { accessNeeds = v; return this; }
        String accessNotes() { return accessNotes; }
        Bean accessNotes(String v) { accessNotes = v; return this; }
        Set<ReferenceItem> interests() { return interests; }
        Bean interests(Set<ReferenceItem> v) { interests = v; return this; }
    }
}
