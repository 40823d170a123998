package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.SupportNavigation;
import app.involvement.training.SupportRequestRow;
import app.involvement.training.SupportRequests;
import app.involvement.training.SupportStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Coordinators' list of practical support requests, open ones first (oldest first): arrange each one or
 * decline it with a reason. A lazy grid over small rows, filtered by status.
 */
@Route(SupportNavigation.REQUESTS)
@Menu(title = "menu.support-requests", order = 32)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class SupportRequestListView extends VerticalLayout implements HasDynamicTitle {

    private final SupportRequests requests;
    private final Select<Optional<SupportStatus>> status = new Select<>();
    private final Grid<SupportRequestRow> grid = new Grid<>();
    private final Span resultCount = new Span();

    SupportRequestListView(SupportRequests requests) {
        this.requests = requests;
        add(new PageHeader(getTranslation("support.title"), getTranslation("support.lead")));
        status.setLabel(getTranslation("support.filter.status"));
        status.setItems(Optional.of(SupportStatus.REQUESTED), Optional.of(SupportStatus.ARRANGED),
                Optional.of(SupportStatus.DECLINED), Optional.empty());
        status.setItemLabelGenerator(s -> s.map(v -> getTranslation("my-support.status." + v))
                .orElseGet(() -> getTranslation("support.filter.all")));
        status.setValue(Optional.of(SupportStatus.REQUESTED));
        status.setId("support-status-filter");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // a link drawn in the browser from two values per row: no server-side component for each row (DD021)
        grid.addColumn(LitRenderer.<SupportRequestRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", SupportRequestRow::partnerName)
                        .withProperty("href", r -> SupportNavigation.partnerSupport(r.partnerId())))
                .setHeader(getTranslation("support.column.partner")).setFlexGrow(1);
        grid.addColumn(r -> SupportTexts.what(this, r)).setHeader(getTranslation("support.column.what")).setFlexGrow(2);
        grid.addColumn(r -> SupportTexts.when(this, r)).setHeader(getTranslation("support.column.when"));
        grid.addColumn(r -> UkFormats.date(r.requestedAt(), getLocale())).setHeader(getTranslation("support.column.asked"));
        grid.addColumn(r -> SupportTexts.status(this, r)).setHeader(getTranslation("support.column.status")).setFlexGrow(2);
        grid.addComponentColumn(this::action).setHeader(getTranslation("support.column.action"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("support-grid");
        grid.setAriaLabel(getTranslation("support.title"));
        grid.setEmptyStateText(getTranslation("support.empty"));
        grid.setItemsPageable(p -> requests.list(filter(), p), p -> showCount(requests.count(filter())));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(status, resultCount, grid);
        setSizeFull();
    }

    private Component action(SupportRequestRow r) {
        if (r.status() != SupportStatus.REQUESTED) {
            return new Span();
        }
        var handle = new Button(getTranslation("support.handle"),
                e -> new HandleSupportRequestDialog(requests, r, grid.getDataProvider()::refreshAll).open());
        handle.addThemeVariants(ButtonVariant.SMALL);
        handle.setAriaLabel(getTranslation("support.handle-of", r.partnerName(), SupportTexts.what(this, r)));
        return handle;
    }

    private SupportStatus filter() {
        return status.getValue() == null ? null : status.getValue().orElse(null);
    }

    /** The count query's answer, shown above the grid as well as used by it: no second count statement. */
    private long showCount(long count) {
        resultCount.setText(getTranslation("support.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.title");
    }
}
