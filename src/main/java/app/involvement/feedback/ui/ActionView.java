package app.involvement.feedback.ui;

import app.involvement.feedback.ActionDetails;
import app.involvement.feedback.Actions;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One action: where it came from and who raised it, and the form to move it on — owner, due day, status and what
 * changed. Once done it is told back on partners' homes, which the page says. Another provider's action is "not
 * found", like an unknown id (the service records the refusal).
 */
@Route(FeedbackNavigation.ACTION + ":actionId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ActionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Actions actions;
    private final StaffDirectory staffDirectory;
    private String title = "";

    ActionView(Actions actions, StaffDirectory staffDirectory) {
        this.actions = actions;
        this.staffDirectory = staffDirectory;
        addClassName("action-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("actionId").orElseThrow(NotFoundException::new);
        show(load(id));
    }

    private ActionDetails load(Long id) {
        try {
            return actions.get(id);
        } catch (AccessDeniedException notThisProviders) {
            throw new NotFoundException();
        }
    }

    private void show(ActionDetails action) {
        removeAll();
        title = action.what();
        var back = new Anchor(FeedbackNavigation.ACTIONS, getTranslation("actions.back"));
        back.addClassName("back-link");
        add(back, new PageHeader(getTranslation("actions.page.title"), action.what()));
        var facts = new DescriptionList();
        facts.addClassName("action-facts");
        facts.add(new Term(getTranslation("actions.fact.session")),
                new Description(new Anchor(FeedbackNavigation.SESSION_FEEDBACK + action.sessionId(),
                        getTranslation("actions.fact.session.link", action.sessionTitle(),
                                UkFormats.date(action.heldOn(), getLocale())))));
        facts.add(new Term(getTranslation("actions.fact.source")), new Description(getTranslation(
                action.fromPartnerFeedback() ? "actions.fact.source.partner" : "actions.fact.source.session")));
        facts.add(new Term(getTranslation("actions.fact.raised")), new Description(getTranslation(
                "actions.fact.raised.value", action.raisedBy() == null ? "" : action.raisedBy(),
                UkFormats.date(action.raisedAt(), getLocale()))));
        if (action.overdue()) {
            facts.add(new Term(getTranslation("actions.fact.flag")), new Description(getTranslation("actions.overdue")));
        }
        if (action.doneOn() != null) {
            facts.add(new Term(getTranslation("actions.fact.done")), new Description(getTranslation(
                    "actions.fact.done.value", UkFormats.date(action.doneOn(), getLocale()))));
        }
        add(facts);
        List<StaffChoice> staff = staffDirectory.choices();
        var form = new ActionForm("action", staff, true);
        form.fill(action.toInput(), staff, action.ownerName());
        var save = new Button(getTranslation("actions.save"), e -> form.read(LocalDate.now(UkFormats.UK_TIME),
                action.dueOn()).ifPresent(input -> {
                    try {
                        actions.update(action.id(), input);
                        Notices.success(getTranslation("actions.saved"));
                        show(load(action.id()));
                    } catch (BusinessRuleException refused) {
                        form.show(refused);
                    }
                }));
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(form, save);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.page-title", title);
    }
}
