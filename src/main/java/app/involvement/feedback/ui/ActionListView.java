package app.involvement.feedback.ui;

import app.involvement.feedback.ActionFilter;
import app.involvement.feedback.ActionRow;
import app.involvement.feedback.Actions;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.identity.Role;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "You said, we did": the provider's actions raised from feedback, filtered to open (the default), overdue, done or
 * all. Overdue ones are flagged in words as well as colour. A lazy grid: one page query and one count (DD039).
 */
@Route(FeedbackNavigation.ACTIONS)
@Menu(title = "actions.menu", order = 35)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ActionListView extends VerticalLayout implements HasDynamicTitle {

    private final Actions actions;
    private final Select<ActionFilter> filter = new Select<>();
    private final Grid<ActionRow> grid = new Grid<>();
    private final Span resultCount = new Span();

    ActionListView(Actions actions) {
        this.actions = actions;
        add(new PageHeader(getTranslation("actions.title"), getTranslation("actions.lead")));
        filter.setLabel(getTranslation("actions.filter"));
        filter.setItems(ActionFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("actions.filter." + f));
        filter.setValue(ActionFilter.OPEN);
        filter.setId("actions-filter");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new Div(filter);
        filters.addClassName("filter-bar");

        grid.addColumn(LitRenderer.<ActionRow>of("<a router-link href=\"${item.href}\">${item.what}</a>")
                        .withProperty("what", ActionRow::what)
                        .withProperty("href", r -> FeedbackNavigation.ACTION + r.id()))
                .setHeader(getTranslation("actions.column.what")).setFlexGrow(3);
        grid.addColumn(ActionRow::sessionTitle).setHeader(getTranslation("actions.column.session")).setFlexGrow(2);
        grid.addColumn(ActionRow::ownerName).setHeader(getTranslation("actions.column.owner")).setFlexGrow(1);
        grid.addColumn(LitRenderer.<ActionRow>of("${item.due}${item.overdue ? html` <span class=\"action-overdue\">"
                        + "${item.overdueText}</span>` : ''}")
                        .withProperty("due", r -> UkFormats.date(r.dueOn(), getLocale()))
                        .withProperty("overdue", ActionRow::overdue)
                        .withProperty("overdueText", r -> getTranslation("actions.overdue")))
                .setHeader(getTranslation("actions.column.due")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("actions.status." + r.status()))
                .setHeader(getTranslation("actions.column.status")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("actions-grid");
        grid.setAriaLabel(getTranslation("actions.title"));
        grid.setEmptyStateText(getTranslation("actions.empty"));
        grid.setItemsPageable(p -> actions.list(chosen(), p), p -> showCount(actions.count(chosen())));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(filters, resultCount, grid);
        setSizeFull();
    }

    private ActionFilter chosen() {
        return filter.getValue() == null ? ActionFilter.ALL : filter.getValue();
    }

    private long showCount(long count) {
        resultCount.setText(getTranslation("actions.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title");
    }
}
