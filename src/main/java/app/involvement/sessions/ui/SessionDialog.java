package app.involvement.sessions.ui;

import static app.involvement.sessions.SessionLimits.*;

import app.involvement.provider.ProgrammeLimits;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.OfferMode;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.sessions.Sessions;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.LightCheckboxGroup;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Plans or changes a session. The form checks what it can (required fields, lengths, ranges, dates, links) and
 * the service checks everything again; a refusal from the service is shown next to the field it concerns and
 * nothing is stored.
 */
class SessionDialog extends Dialog {

    /** The form's working copy. */
    static final class Form {
        ProgrammeSummary programme;
        ReferenceItem activityType;
        String title = "";
        String description = "";
        LocalDate heldOn;
        LocalTime startTime;
        Integer hours = 1;
        Integer minutes = 0;
        String place = "";
        String onlineLink = "";
        Integer placesMinimum = 1;
        Integer placesTarget = 1;
        SessionLevel level = SessionLevel.INVOLVED;
        SessionKind kind = SessionKind.INVOLVEMENT;
        Set<ReferenceItem> wanted = Set.of();
        boolean experienceRequired;
        String preparation = "";
        String preparationLink = "";
        String wellbeingNotes = "";
        String paymentNote = "";
        boolean confidentialityNeeded;
        boolean conflictCheckNeeded;
        OfferMode offerMode = OfferMode.FIRST_COME;
        Integer offerValidHours = DEFAULT_OFFER_HOURS;
        Integer reminderDays = DEFAULT_REMINDER_DAYS;
    }

    final ComboBox<ProgrammeSummary> programme = new ComboBox<>(getTranslation("sessions.field.programme"));
    final ComboBox<ReferenceItem> activityType = new ComboBox<>(getTranslation("sessions.field.type"));
    final TextField title = new TextField(getTranslation("sessions.field.title"));
    final TextArea description = new TextArea(getTranslation("sessions.field.description"));
    final DatePicker heldOn = UkDatePickers.ukFormat(new DatePicker(getTranslation("sessions.field.date")));
    final TimePicker startTime = new TimePicker(getTranslation("sessions.field.start"));
    final IntegerField hours = new IntegerField(getTranslation("sessions.field.hours"));
    final IntegerField minutes = new IntegerField(getTranslation("sessions.field.minutes"));
    final TextField place = new TextField(getTranslation("sessions.field.place"));
    final TextField onlineLink = new TextField(getTranslation("sessions.field.online-link"));
    final IntegerField placesMinimum = new IntegerField(getTranslation("sessions.field.minimum"));
    final IntegerField placesTarget = new IntegerField(getTranslation("sessions.field.target"));
    final RadioButtonGroup<SessionLevel> level = new RadioButtonGroup<>(getTranslation("sessions.field.level"));
    final RadioButtonGroup<SessionKind> kind = new RadioButtonGroup<>(getTranslation("sessions.field.kind"));
    final LightCheckboxGroup<ReferenceItem> wanted = new LightCheckboxGroup<>();
    final Checkbox experienceRequired = new Checkbox(getTranslation("sessions.field.experience-required"));
    final TextArea preparation = new TextArea(getTranslation("sessions.field.preparation"));
    final TextField preparationLink = new TextField(getTranslation("sessions.field.preparation-link"));
    final TextArea wellbeingNotes = new TextArea(getTranslation("sessions.field.wellbeing"));
    final TextArea paymentNote = new TextArea(getTranslation("sessions.field.payment"));
    final Checkbox confidentialityNeeded = new Checkbox(getTranslation("sessions.field.confidentiality"));
    final Checkbox conflictCheckNeeded = new Checkbox(getTranslation("sessions.field.conflict"));
    final RadioButtonGroup<OfferMode> offerMode = new RadioButtonGroup<>(getTranslation("sessions.field.offer-mode"));
    final IntegerField offerValidHours = new IntegerField(getTranslation("sessions.field.offer-hours"));
    final IntegerField reminderDays = new IntegerField(getTranslation("sessions.field.reminder-days"));
    private final Paragraph refusal = new Paragraph();

    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    /** A new session. */
    static SessionDialog plan(Sessions sessions, Programmes programmes, ReferenceData referenceData,
            Consumer<Long> onSaved) {
        return new SessionDialog(sessions, programmes, referenceData, null, onSaved);
    }

    /** Changes a planned session; partners holding a place are told by the service. */
    static SessionDialog edit(Sessions sessions, Programmes programmes, ReferenceData referenceData,
            SessionDetails current, Consumer<Long> onSaved) {
        return new SessionDialog(sessions, programmes, referenceData, current, onSaved);
    }

    private SessionDialog(Sessions sessions, Programmes programmes, ReferenceData referenceData,
            SessionDetails current, Consumer<Long> onSaved) {
        setHeaderTitle(getTranslation(current == null ? "sessions.plan" : "sessions.edit"));
        setId("session-dialog");
        setWidth("min(60rem, 100%)");
        List<ProgrammeSummary> programmeItems = programmes.list(PageRequest.of(0, ProgrammeLimits.PAGE_SIZE_MAX));
        List<ReferenceItem> types = referenceData.activityTypes();
        List<ReferenceItem> categories = referenceData.experienceCategories();
        setUpFields(programmeItems, types, categories);
        bind();
        if (current != null) {
            fill(current, programmeItems, types, categories);
        } else {
            heldOn.setMin(today());
        }
        binder.setBean(form);

        refusal.setId("session-refusal");
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        if (current != null && current.confirmed() > 0) {
            var told = new Paragraph(getTranslation("sessions.edit.partners-told", current.confirmed()));
            told.setId("session-partners-told");
            told.addClassName("session-note");
            add(told);
        }
        add(refusal, section("sessions.section.what"),
                new FormLayout(programme, activityType, title, description),
                section("sessions.section.when"),
                new FormLayout(heldOn, startTime, hours, minutes, place, onlineLink),
                section("sessions.section.who"),
                new FormLayout(placesMinimum, placesTarget, level, kind, wanted, experienceRequired),
                section("sessions.section.partners"),
                new FormLayout(preparation, preparationLink, wellbeingNotes, paymentNote, confidentialityNeeded,
                        conflictCheckNeeded),
                section("sessions.section.offers"),
                new FormLayout(offerMode, offerValidHours, reminderDays));

        var save = new Button(getTranslation("sessions.save"), e -> save(sessions, current, onSaved));
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private H3 section(String key) {
        return new H3(getTranslation(key));
    }

    private void setUpFields(List<ProgrammeSummary> programmeItems, List<ReferenceItem> types,
            List<ReferenceItem> categories) {
        programme.setId("session-programme");
        programme.setItems(programmeItems);
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.setRequired(true);
        activityType.setId("session-type");
        activityType.setItems(types);
        activityType.setItemLabelGenerator(ReferenceItem::name);
        activityType.setRequired(true);
        activityType.setHelperText(getTranslation("sessions.field.type.help"));
        title.setId("session-title");
        title.setMaxLength(TITLE);
        title.setRequired(true);
        description.setId("session-description");
        description.setMaxLength(DESCRIPTION);
        description.setRequired(true);
        description.setHelperText(getTranslation("sessions.field.description.help"));
        heldOn.setId("session-date");
        heldOn.setI18n(heldOn.getI18n().setMinErrorMessage(getTranslation("session.in-past")));
        heldOn.setRequired(true);
        startTime.setId("session-start");
        startTime.setLocale(Locale.UK);
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setRequired(true);
        startTime.setHelperText(getTranslation("sessions.field.start.help"));
        hours.setId("session-hours");
        hours.setMin(0);
        hours.setMax(MAX_DURATION / 60);
        hours.setStepButtonsVisible(true);
        minutes.setId("session-minutes");
        minutes.setMin(0);
        minutes.setMax(59);
        minutes.setHelperText(getTranslation("sessions.field.duration.help", MIN_DURATION, MAX_DURATION / 60));
        place.setId("session-place");
        place.setMaxLength(PLACE);
        place.setHelperText(getTranslation("sessions.field.place.help"));
        onlineLink.setId("session-online-link");
        onlineLink.setMaxLength(LINK);
        onlineLink.setHelperText(getTranslation("sessions.field.link.help"));
        placesMinimum.setId("session-minimum");
        placesMinimum.setMin(1);
        placesMinimum.setMax(MAX_PLACES);
        placesMinimum.setHelperText(getTranslation("sessions.field.minimum.help"));
        placesTarget.setId("session-target");
        placesTarget.setMin(1);
        placesTarget.setMax(MAX_PLACES);
        level.setId("session-level");
        level.setItems(SessionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("sessions.level." + l));
        level.setHelperText(getTranslation("sessions.field.level.help"));
        kind.setId("session-kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sessions.kind." + k));
        kind.setHelperText(getTranslation("sessions.field.kind.help"));
        wanted.setId("session-wanted");
        wanted.setLabel(getTranslation("sessions.field.wanted"));
        wanted.setItems(categories, ReferenceItem::name);
        wanted.setVertical();
        experienceRequired.setId("session-experience-required");
        experienceRequired.setHelperText(getTranslation("sessions.field.experience-required.help"));
        preparation.setId("session-preparation");
        preparation.setMaxLength(PREPARATION);
        preparation.setHelperText(getTranslation("sessions.field.preparation.help"));
        preparationLink.setId("session-preparation-link");
        preparationLink.setMaxLength(LINK);
        preparationLink.setHelperText(getTranslation("sessions.field.link.help"));
        wellbeingNotes.setId("session-wellbeing");
        wellbeingNotes.setMaxLength(WELLBEING_NOTES);
        wellbeingNotes.setHelperText(getTranslation("sessions.field.wellbeing.help"));
        paymentNote.setId("session-payment");
        paymentNote.setMaxLength(PAYMENT_NOTE);
        paymentNote.setHelperText(getTranslation("sessions.field.payment.help"));
        confidentialityNeeded.setId("session-confidentiality");
        conflictCheckNeeded.setId("session-conflict");
        offerMode.setId("session-offer-mode");
        offerMode.setItems(OfferMode.values());
        offerMode.setItemLabelGenerator(m -> getTranslation("sessions.offer-mode." + m));
        offerValidHours.setId("session-offer-hours");
        offerValidHours.setMin(MIN_OFFER_HOURS);
        offerValidHours.setMax(MAX_OFFER_HOURS);
        offerValidHours.setHelperText(getTranslation("sessions.field.offer-hours.help", MIN_OFFER_HOURS, MAX_OFFER_HOURS));
        reminderDays.setId("session-reminder-days");
        reminderDays.setMin(0);
        reminderDays.setMax(MAX_REMINDER_DAYS);
        reminderDays.setHelperText(getTranslation("sessions.field.reminder-days.help"));
    }

    private void bind() {
        String required = getTranslation("field.required");
        binder.forField(programme).asRequired(required).bind(f -> f.programme, (f, v) -> f.programme = v);
        binder.forField(activityType).asRequired(required).bind(f -> f.activityType, (f, v) -> f.activityType = v);
        text(title, TITLE, true).bind(f -> f.title, (f, v) -> f.title = v);
        text(description, DESCRIPTION, true).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(heldOn).asRequired(required)
                .withValidator(d -> !d.isBefore(today()),
                        getTranslation("session.in-past"))
                .bind(f -> f.heldOn, (f, v) -> f.heldOn = v);
        binder.forField(startTime).asRequired(required).bind(f -> f.startTime, (f, v) -> f.startTime = v);
        binder.forField(hours).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("sessions.hours-range", MAX_DURATION / 60), 0,
                        MAX_DURATION / 60))
                .bind(f -> f.hours, (f, v) -> f.hours = v);
        binder.forField(minutes).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("sessions.minutes-range"), 0, 59))
                .withValidator(m -> inRange(duration(hours.getValue(), m)),
                        getTranslation("session.duration-range", MIN_DURATION, MAX_DURATION))
                .withValidator(m -> startTime.getValue() == null || !inRange(duration(hours.getValue(), m))
                        || startTime.getValue().plusMinutes(duration(hours.getValue(), m)).isAfter(startTime.getValue()),
                        getTranslation("session.ends-next-day"))
                .bind(f -> f.minutes, (f, v) -> f.minutes = v);
        text(place, PLACE, false)
                .withValidator(p -> !p.isBlank() || !onlineLink.getValue().isBlank(),
                        getTranslation("session.place-or-link"))
                .bind(f -> f.place, (f, v) -> f.place = v);
        text(onlineLink, LINK, false).withValidator(SessionDialog::linkOrBlank, getTranslation("session.bad-link"))
                .bind(f -> f.onlineLink, (f, v) -> f.onlineLink = v);
        binder.forField(placesTarget).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("session.target-range", MAX_PLACES), 1,
                        MAX_PLACES))
                .bind(f -> f.placesTarget, (f, v) -> f.placesTarget = v);
        binder.forField(placesMinimum).asRequired(required)
                .withValidator(m -> m >= 1 && (placesTarget.getValue() == null || m <= placesTarget.getValue()),
                        getTranslation("session.minimum-range"))
                .bind(f -> f.placesMinimum, (f, v) -> f.placesMinimum = v);
        binder.forField(level).asRequired(required).bind(f -> f.level, (f, v) -> f.level = v);
        binder.forField(kind).asRequired(required).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(wanted)
                .withValidator(w -> !experienceRequired.getValue() || !w.isEmpty(),
                        getTranslation("session.experience-required-none"))
                .bind(f -> f.wanted, (f, v) -> f.wanted = v);
        binder.forField(experienceRequired).bind(f -> f.experienceRequired, (f, v) -> f.experienceRequired = v);
        text(preparation, PREPARATION, false).bind(f -> f.preparation, (f, v) -> f.preparation = v);
        text(preparationLink, LINK, false).withValidator(SessionDialog::linkOrBlank, getTranslation("session.bad-link"))
                .bind(f -> f.preparationLink, (f, v) -> f.preparationLink = v);
        text(wellbeingNotes, WELLBEING_NOTES, false).bind(f -> f.wellbeingNotes, (f, v) -> f.wellbeingNotes = v);
        text(paymentNote, PAYMENT_NOTE, false).bind(f -> f.paymentNote, (f, v) -> f.paymentNote = v);
        binder.forField(confidentialityNeeded)
                .bind(f -> f.confidentialityNeeded, (f, v) -> f.confidentialityNeeded = v);
        binder.forField(conflictCheckNeeded).bind(f -> f.conflictCheckNeeded, (f, v) -> f.conflictCheckNeeded = v);
        binder.forField(offerMode).asRequired(required).bind(f -> f.offerMode, (f, v) -> f.offerMode = v);
        binder.forField(offerValidHours).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("session.offer-hours-range", MIN_OFFER_HOURS,
                        MAX_OFFER_HOURS), MIN_OFFER_HOURS, MAX_OFFER_HOURS))
                .bind(f -> f.offerValidHours, (f, v) -> f.offerValidHours = v);
        binder.forField(reminderDays).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("session.reminder-days-range",
                        MAX_REMINDER_DAYS), 0, MAX_REMINDER_DAYS))
                .bind(f -> f.reminderDays, (f, v) -> f.reminderDays = v);
    }

    private Binder.BindingBuilder<Form, String> text(com.vaadin.flow.component.HasValue<?, String> field, int max,
            boolean isRequired) {
        var builder = binder.forField(field);
        if (isRequired) {
            builder = builder.asRequired(getTranslation("field.required"))
                    .withValidator(v -> !v.isBlank(), getTranslation("field.required"));
        }
        return builder.withValidator(new StringLengthValidator(getTranslation("field.too-long", max), 0, max));
    }

    private void fill(SessionDetails current, List<ProgrammeSummary> programmeItems, List<ReferenceItem> types,
            List<ReferenceItem> categories) {
        form.programme = programmeItems.stream().filter(p -> p.id().equals(current.programmeId())).findFirst()
                .orElse(null);
        form.activityType = types.stream().filter(t -> t.id().equals(current.activityTypeId())).findFirst()
                .orElse(null);
        form.title = current.title();
        form.description = current.description();
        form.heldOn = current.heldOn();
        form.startTime = current.startTime();
        form.hours = current.durationMinutes() / 60;
        form.minutes = current.durationMinutes() % 60;
        form.place = nullToEmpty(current.place());
        form.onlineLink = nullToEmpty(current.onlineLink());
        form.placesMinimum = current.placesMinimum();
        form.placesTarget = current.placesTarget();
        form.level = current.level();
        form.kind = current.kind();
        form.wanted = Set.copyOf(categories.stream().filter(c -> current.wantedCategoryIds().contains(c.id())).toList());
        form.experienceRequired = current.experienceRequired();
        form.preparation = nullToEmpty(current.preparation());
        form.preparationLink = nullToEmpty(current.preparationLink());
        form.wellbeingNotes = nullToEmpty(current.wellbeingNotes());
        form.paymentNote = nullToEmpty(current.paymentNote());
        form.confidentialityNeeded = current.confidentialityNeeded();
        form.conflictCheckNeeded = current.conflictCheckNeeded();
        form.offerMode = current.offerMode();
        form.offerValidHours = current.offerValidHours();
        form.reminderDays = current.reminderDays();
    }

    private void save(Sessions sessions, SessionDetails current, Consumer<Long> onSaved) {
        refusal.setText("");
        if (!binder.validate().isOk()) {
            return;
        }
        Set<Long> wantedIds = new HashSet<>();
        form.wanted.forEach(c -> wantedIds.add(c.id()));
        var input = new SessionInput(form.programme.id(), form.activityType.id(), form.title, form.description,
                form.heldOn, form.startTime, duration(form.hours, form.minutes), form.place, form.onlineLink,
                form.placesMinimum, form.placesTarget, form.level, form.kind, wantedIds, form.experienceRequired,
                form.preparation, form.preparationLink, form.wellbeingNotes, form.paymentNote,
                form.confidentialityNeeded, form.conflictCheckNeeded, form.offerMode, form.offerValidHours,
                form.reminderDays);
        try {
            Long id;
            if (current == null) {
                id = sessions.create(input);
            } else {
                id = current.id();
                sessions.update(id, input);
            }
            Notices.success(getTranslation(current == null ? "sessions.planned" : "sessions.changed", form.title.trim()));
            close();
            onSaved.accept(id);
        } catch (BusinessRuleException refused) {
            showRefusal(refused);
        } catch (AccessDeniedException refused) {
            refusal.setText(getTranslation("sessions.refused"));
        }
    }

    /** The service's refusal, next to the field it concerns (and above the form for a screen reader). */
    private void showRefusal(BusinessRuleException refused) {
        String message = Notices.message(refused);
        refusal.setText(message);
        HasValidation field = Map.<String, HasValidation>ofEntries(
                Map.entry("session.in-past", heldOn),
                Map.entry("session.duration-range", minutes),
                Map.entry("session.ends-next-day", minutes),
                Map.entry("session.place-or-link", place),
                Map.entry("session.target-range", placesTarget),
                Map.entry("session.target-below-confirmed", placesTarget),
                Map.entry("session.minimum-range", placesMinimum),
                Map.entry("session.offer-hours-range", offerValidHours),
                Map.entry("session.reminder-days-range", reminderDays),
                Map.entry("session.experience-required-none", wanted)).get(refused.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static boolean linkOrBlank(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            var uri = URI.create(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static int duration(Integer hours, Integer minutes) {
        return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
    }

    private static boolean inRange(int minutes) {
        return minutes >= MIN_DURATION && minutes <= MAX_DURATION;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static LocalDate today() {
        return LocalDate.now(UkFormats.UK_TIME);
    }
}
