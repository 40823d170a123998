package app.involvement.erasure.ui;

import app.involvement.erasure.ErasureNavigation;
import app.involvement.erasure.ErasureRequestRow;
import app.involvement.erasure.ErasureRequests;
import app.involvement.identity.Role;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The lead's requests to leave and erasures made, open first then newest: a lazy grid over small rows (DD047). */
@Route(ErasureNavigation.REQUESTS)
@Menu(title = "erasure.menu", order = 86)
@RolesAllowed(Role.Names.LEAD)
class ErasureRequestListView extends VerticalLayout implements HasDynamicTitle {

    private final Span resultCount = new Span();

    ErasureRequestListView(ErasureRequests requests) {
        add(new PageHeader(getTranslation("erasure.list.title"), getTranslation("erasure.list.lead")));
        var grid = new Grid<ErasureRequestRow>();
        grid.addColumn(LitRenderer.<ErasureRequestRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", r -> r.partnerName().isBlank()
                                ? getTranslation("erasure.list.partner", r.partnerId()) : r.partnerName())
                        .withProperty("href", r -> ErasureNavigation.request(r.id())))
                .setHeader(getTranslation("erasure.column.partner")).setFlexGrow(2);
        grid.addColumn(r -> UkFormats.date(r.requestedAt(), getLocale())).setHeader(getTranslation("erasure.column.asked"));
        grid.addColumn(r -> getTranslation("erasure.origin." + r.origin())).setHeader(getTranslation("erasure.column.origin"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("erasure.status." + r.status())).setHeader(getTranslation("erasure.column.status"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("erasure-grid");
        grid.setAriaLabel(getTranslation("erasure.list.title"));
        grid.setEmptyStateText(getTranslation("erasure.list.empty"));
        grid.setItemsPageable(requests::list, p -> showCount(requests.count()));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(resultCount, grid);
        setSizeFull();
    }

    private long showCount(long count) {
        resultCount.setText(getTranslation("erasure.list.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasure.list.title");
    }
}
