package app.involvement.pool.ui;

import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;

/** Staff add a partner by hand (assisted entry) or edit one; nothing is stored while a field is wrong. */
class PartnerDialog extends Dialog {

    private final PartnerFields fields;
    private final TextArea notes = new TextArea(getTranslation("pool.field.staff-notes"));
    /** Why the record is corrected; required when editing, kept in the audit log without the values (DD050). */
    final TextArea reason = new TextArea(getTranslation("pool.field.correction-reason"));

    /** For a new partner when {@code existing} is null. */
    PartnerDialog(Pool pool, List<ReferenceItem> activityTypes, PartnerDetails existing, Consumer<Long> onSaved) {
        fields = new PartnerFields(activityTypes, false);
        setHeaderTitle(getTranslation(existing == null ? "pool.add" : "pool.details.edit"));
        notes.setMaxLength(PartnerLimits.STAFF_NOTES);
        var form = new FormLayout(fields.preferredName, fields.fullName, fields.pronouns, fields.email, fields.phone,
                fields.postcode, fields.kind, fields.contact, fields.payment, fields.accessNeeds, fields.accessNotes,
                fields.interests, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(fields.accessNotes, 2);
        form.setColspan(notes, 2);
        if (existing != null) {
            reason.setId("partner-correction-reason");
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(PartnerLimits.CORRECTION_REASON);
            reason.setHelperText(getTranslation("pool.field.correction-reason.help"));
            form.add(reason);
            form.setColspan(reason, 2);
        }
        add(form);
        fields.read(existing == null ? PartnerProfile.empty() : existing.profile());
        notes.setValue(existing == null || existing.staffNotes() == null ? "" : existing.staffNotes());

        var save = new Button(getTranslation("pool.save"), e -> fields.validated().filter(p -> reasonGiven(existing))
                .ifPresent(profile -> {
            try {
                Long id = existing == null ? pool.add(profile, notes.getValue()) : existing.id();
                boolean invitationWithdrawn = existing != null
                        && pool.update(id, profile, notes.getValue(), reason.getValue());
                Notices.success(getTranslation(existing == null ? "pool.details.added" : "pool.details.saved",
                        profile.preferredName()));
                if (invitationWithdrawn) {
                    Notices.error(getTranslation("pool.invitation-withdrawn", existing.profile().email()));
                }
                close();
                onSaved.accept(id);
            } catch (BusinessRuleException refused) {
                if ("pool.error.staff-notes".equals(refused.messageKey())) {
                    notes.setErrorMessage(Notices.message(refused));
                    notes.setInvalid(true);
                } else if ("pool.error.correction-reason".equals(refused.messageKey())) {
                    reason.setErrorMessage(Notices.message(refused));
                    reason.setInvalid(true);
                } else {
                    fields.show(refused);
                }
            }
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(56rem, 100vw)");
    }

    /** A correction needs its reason: said next to the field, and nothing is saved without it. */
    private boolean reasonGiven(PartnerDetails existing) {
        if (existing == null) {
            return true;
        }
        String why = reason.getValue().trim();
        boolean ok = !why.isEmpty() && why.length() <= PartnerLimits.CORRECTION_REASON;
        reason.setInvalid(!ok);
        reason.setErrorMessage(ok ? null : getTranslation("pool.error.correction-reason", PartnerLimits.CORRECTION_REASON));
        return ok;
    }
}
