package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.sessions.DebriefRequest;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.Wellbeing;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Coordinators' list of open debrief requests, oldest first (one bounded query); closing one is audited. DD029. */
@Route(SessionNavigation.DEBRIEFS)
@Menu(title = "menu.debriefs", order = 34)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class DebriefListView extends VerticalLayout implements HasDynamicTitle {

    private final Wellbeing wellbeing;
    private final Grid<DebriefRequest> grid = new Grid<>();
    private final Span resultCount = new Span();

    DebriefListView(Wellbeing wellbeing) {
        this.wellbeing = wellbeing;
        add(new PageHeader(getTranslation("debriefs.title"), getTranslation("debriefs.lead")));
        grid.addColumn(DebriefRequest::preferredName).setHeader(getTranslation("debriefs.column.partner")).setFlexGrow(1);
        grid.addColumn(DebriefRequest::sessionTitle).setHeader(getTranslation("debriefs.column.session")).setFlexGrow(2);
        grid.addColumn(r -> UkFormats.date(r.heldOn(), getLocale())).setHeader(getTranslation("debriefs.column.held"));
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("debriefs.column.note"))
                .setFlexGrow(3);
        grid.addColumn(r -> UkFormats.dateTime(r.requestedAt(), getLocale()))
                .setHeader(getTranslation("debriefs.column.asked"));
        grid.addComponentColumn(this::action).setHeader(getTranslation("debriefs.column.action"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("debriefs-grid");
        grid.setAriaLabel(getTranslation("debriefs.title"));
        grid.setEmptyStateText(getTranslation("debriefs.empty"));
        grid.setAllRowsVisible(true);
        resultCount.addClassName("result-count");
        resultCount.setId("debriefs-count");
        resultCount.getElement().setAttribute("role", "status");
        add(resultCount, grid);
        refresh();
    }

    private void refresh() {
        List<DebriefRequest> open = wellbeing.openDebriefs();
        grid.setItems(open);
        resultCount.setText(getTranslation("debriefs.count", open.size()));
    }

    private Component action(DebriefRequest r) {
        var close = new Button(getTranslation("debriefs.close"), e -> {
            try {
                wellbeing.close(r.id());
                Notices.success(getTranslation("debriefs.closed", r.preferredName()));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
            refresh();
        });
        close.addThemeVariants(ButtonVariant.SMALL);
        close.setAriaLabel(getTranslation("debriefs.close-of", r.preferredName(), r.sessionTitle()));
        return close;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debriefs.title");
    }
}
