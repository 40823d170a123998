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
        add(form);
        fields.read(existing == null ? PartnerProfile.empty() : existing.profile());
        notes.setValue(existing == null || existing.staffNotes() == null ? "" : existing.staffNotes());

        var save = new Button(getTranslation("pool.save"), e -> fields.validated().ifPresent(profile -> {
            try {
                Long id = existing == null ? pool.add(profile, notes.getValue()) : existing.id();
                boolean invitationWithdrawn = existing != null && pool.update(id, profile, notes.getValue());
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
                } else {
                    fields.show(refused);
                }
            }
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(56rem, 100vw)");
    }
}
