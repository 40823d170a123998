package app.involvement.feedback.ui;

import app.involvement.feedback.ActionInput;
import app.involvement.feedback.ActionStatus;
import app.involvement.feedback.FeedbackLimits;
import app.involvement.identity.StaffChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an action: what we heard (no names — partners read it once it is done), what we will do, the owner
 * (a lead or coordinator), the due day and, when changing one, its status and what changed. Checks what a form can;
 * the service checks everything again and its refusals are shown beside the field concerned.
 */
class ActionForm extends Div {

    private final TextArea heard = new TextArea();
    private final TextArea what = new TextArea();
    private final Select<StaffChoice> owner = new Select<>();
    private final DatePicker due = new DatePicker();
    private final Select<ActionStatus> status = new Select<>();
    private final TextArea changed = new TextArea();
    private final FieldErrors errors;
    private final boolean withStatus;

    ActionForm(String idPrefix, List<StaffChoice> staff, boolean withStatus) {
        this.withStatus = withStatus;
        addClassName("stacked-form");
        addClassName("action-form");
        heard.setLabel(getTranslation("actions.field.heard"));
        heard.setHelperText(getTranslation("actions.field.heard.help"));
        heard.setMaxLength(FeedbackLimits.ACTION_HEARD);
        heard.setRequiredIndicatorVisible(true);
        heard.setId(idPrefix + "-heard");
        what.setLabel(getTranslation("actions.field.what"));
        what.setMaxLength(FeedbackLimits.ACTION_WHAT);
        what.setRequiredIndicatorVisible(true);
        what.setId(idPrefix + "-what");
        owner.setLabel(getTranslation("actions.field.owner"));
        owner.setItems(staff);
        owner.setItemLabelGenerator(c -> getTranslation("actions.owner-choice", c.displayName(),
                getTranslation("role." + c.role())));
        // no required indicator: Vaadin puts aria-required on the select's button, which axe rejects (as in
        // ReferenceListView); the form and the service still require an owner
        owner.setId(idPrefix + "-owner");
        due.setLabel(getTranslation("actions.field.due"));
        due.setRequiredIndicatorVisible(true);
        due.setId(idPrefix + "-due");
        UkDatePickers.ukFormat(due);
        status.setLabel(getTranslation("actions.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s));
        status.setId(idPrefix + "-status");
        changed.setLabel(getTranslation("actions.field.changed"));
        changed.setHelperText(getTranslation("actions.field.changed.help"));
        changed.setMaxLength(FeedbackLimits.ACTION_CHANGED);
        changed.setId(idPrefix + "-changed");
        List.of(heard, what, changed).forEach(TextArea::setWidthFull);
        errors = new FieldErrors(this).on("actions.heard", heard).on("actions.what", what).on("actions.owner", owner)
                .on("actions.due", due).on("actions.changed", changed);
        add(heard, what, owner, due);
        if (withStatus) {
            status.setValue(ActionStatus.OPEN);
            add(status, changed);
        }
    }

    void fill(ActionInput input, List<StaffChoice> staff, String ownerName) {
        heard.setValue(input.heard());
        what.setValue(input.what());
        var current = staff.stream().filter(c -> c.userId().equals(input.ownerUserId())).findFirst();
        if (current.isEmpty()) {
            // the owner has left or changed role: keep them choosable, named as stored
            var items = new ArrayList<>(staff);
            var former = new StaffChoice(input.ownerUserId(), ownerName, app.involvement.identity.Role.COORDINATOR);
            items.add(former);
            owner.setItems(items);
            owner.setItemLabelGenerator(c -> c == former ? c.displayName() : getTranslation("actions.owner-choice",
                    c.displayName(), getTranslation("role." + c.role())));
            owner.setValue(former);
        } else {
            owner.setValue(current.get());
        }
        due.setValue(input.dueOn());
        status.setValue(input.status());
        changed.setValue(input.changed() == null ? "" : input.changed());
    }

    /** The action as entered; empty when a field is wrong (it is marked, with what to change). */
    Optional<ActionInput> read(LocalDate today, LocalDate dueBefore) {
        errors.clear();
        boolean ok = !heard.getValue().isBlank() || errors.mark(heard, "actions.heard.required");
        ok &= !what.getValue().isBlank() || errors.mark(what, "actions.what.required");
        ok &= owner.getValue() != null || errors.mark(owner, "actions.owner.required");
        if (due.isInvalid() && due.getValue() == null) {
            ok = errors.mark(due, "date-picker.bad-input");
        } else if (due.getValue() == null) {
            ok = errors.mark(due, "actions.due.required");
        } else if (!due.getValue().equals(dueBefore) && due.getValue().isBefore(today)) {
            ok = errors.mark(due, "actions.due.past");
        }
        ActionStatus chosen = withStatus ? status.getValue() : ActionStatus.OPEN;
        if (withStatus && chosen == ActionStatus.DONE && changed.getValue().isBlank()) {
            ok = errors.mark(changed, "actions.changed.required");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ActionInput(heard.getValue(), what.getValue(), owner.getValue().userId(),
                due.getValue(), chosen, withStatus ? changed.getValue() : null));
    }

    void show(BusinessRuleException refused) {
        errors.show(refused);
    }

}
