package app.involvement.pool.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.PartnerRow;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.Pool;
import app.involvement.pool.PoolFilter;
import app.involvement.pool.PoolSort;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The provider's pool: a lazy grid of small rows (one page query and one count per fetch) with search
 * and filters. Finance sees it without the experience-category filter.
 */
@Route(PartnerNavigation.LIST)
@Menu(title = "menu.partners", order = 25)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class PoolListView extends VerticalLayout implements HasDynamicTitle {


    final TextField search = new TextField(getTranslation("pool.search"));
    final Select<PartnerStatus> status = new Select<>();
    final Select<PartnerKind> kind = new Select<>();
    final ComboBox<ReferenceItem> category = new ComboBox<>(getTranslation("pool.filter.category"));
    final ComboBox<ReferenceItem> type = new ComboBox<>(getTranslation("pool.filter.type"));
    final DatePicker lastInvolved = UkDatePickers.ukFormat(new DatePicker(getTranslation("pool.filter.last-involved")));
    final Grid<PartnerRow> grid = new Grid<>();
    final Div filters = new Div();
    final Button filtersToggle = new Button(getTranslation("pool.filters"));
    private PoolFilter countedFilter;
    private long counted;
    final Span resultCount = new Span();

    PoolListView(Pool pool, ReferenceData reference, Invitations invitations, CurrentUser currentUser) {
        Role role = currentUser.require().currentRole().orElseThrow();
        boolean runsPool = role == Role.LEAD || role == Role.COORDINATOR;
        List<ReferenceItem> types = reference.activityTypes();
        var header = runsPool
                ? new PageHeader(getTranslation("pool.title"), getTranslation("pool.lead"),
                        primary(new Button(getTranslation("pool.add"), e -> new PartnerDialog(pool, types, null,
                                id -> UI.getCurrent().navigate(PartnerDetailsView.class, PartnerNavigation.parameters(id)))
                                .open())),
                        new Button(getTranslation("pool.invite"), e -> new InvitePartnerDialog(invitations).open()),
                        new Button(getTranslation("pool.invitations"), e -> new PartnerInvitationsDialog(invitations).open()))
                : new PageHeader(getTranslation("pool.title"), getTranslation("pool.lead"));
        add(header);

        search.setId("pool-search");
        search.setMaxLength(PartnerLimits.SEARCH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        select(status, "pool.filter.status", PartnerStatus.values(), "pool.status.");
        select(kind, "pool.filter.kind", PartnerKind.values(), "pool.kind.");
        category.setItems(runsPool ? reference.experienceCategories() : List.of());
        category.setItemLabelGenerator(ReferenceItem::name);
        category.setClearButtonVisible(true);
        category.setVisible(runsPool);
        type.setItems(types);
        type.setItemLabelGenerator(ReferenceItem::name);
        type.setClearButtonVisible(true);
        lastInvolved.setHelperText(getTranslation("pool.filter.last-involved.help"));
        lastInvolved.setClearButtonVisible(true);
        filters.add(search, status, kind, category, type, lastInvolved);
        filters.setId("pool-filters");
        filters.addClassNames("filter-bar", "collapsible-filters");
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", "pool-filters");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> toggleFilters());
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        var listBar = new Div(filtersToggle, resultCount);
        listBar.addClassName("list-bar");
        add(filters, listBar);

        // a link drawn in the browser from two values per row: no server-side component for each row (DD021)
        grid.addColumn(LitRenderer.<PartnerRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", p -> p.preferredName() + (p.fullName() == null || p.fullName().isBlank()
                                ? "" : " (" + p.fullName() + ")"))
                        .withProperty("href", p -> PartnerNavigation.details(p.id())))
                .setHeader(getTranslation("pool.column.name")).setSortProperty(PoolSort.NAME).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("pool.kind." + p.kind())).setHeader(getTranslation("pool.column.kind"));
        grid.addColumn(p -> getTranslation("pool.status." + p.status())).setHeader(getTranslation("pool.column.status"))
                .setSortProperty(PoolSort.STATUS);
        grid.addColumn(p -> p.email() != null && !p.email().isBlank() ? p.email() : p.phone() != null ? p.phone() : "")
                .setHeader(getTranslation("pool.column.contact")).setFlexGrow(2);
        grid.addColumn(p -> p.lastInvolvedOn() == null ? getTranslation("pool.never")
                : UkFormats.date(p.lastInvolvedOn(), getLocale())).setHeader(getTranslation("pool.column.last-involved"))
                .setSortProperty(PoolSort.LAST_INVOLVED);
        // wrapped cells: long names and e-mail addresses are shown whole at any width, never cut off
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("pool-grid");
        grid.setAriaLabel(getTranslation("pool.title"));
        grid.setEmptyStateText(getTranslation("pool.empty"));
        grid.setPageSize(PartnerLimits.PAGE_SIZE_MAX / 2);
        grid.setItemsPageable(pageable -> pool.list(filter(), pageable), pageable -> showCount(count(pool, filter())));
        add(grid);
        setSizeFull();

        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        lastInvolved.addValueChangeListener(e -> refresh());
    }

    PoolFilter filter() {
        return new PoolFilter(search.getValue(), status.getValue(), kind.getValue(),
                category.getValue() == null ? null : category.getValue().id(),
                type.getValue() == null ? null : type.getValue().id(), lastInvolved.getValue());
    }

    /** Counted once per filter: sorting or scrolling the same filter again asks the database nothing. */
    private long count(Pool pool, PoolFilter filter) {
        if (!filter.equals(countedFilter)) {
            counted = pool.count(filter);
            countedFilter = filter;
        }
        return counted;
    }

    /** The count query's answer, shown above the grid as well as used by it: no second count statement. */
    private long showCount(long count) {
        resultCount.setText(getTranslation("pool.count", count));
        return count;
    }

    /** On a phone the filters start folded away (CSS), so the list is in view; this button unfolds them. */
    private void toggleFilters() {
        boolean open = !filters.hasClassName("filters-open");
        filters.setClassName("filters-open", open);
        filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private <T> void select(Select<T> select, String labelKey, T[] items, String itemKeyPrefix) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("pool.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("pool.any") : getTranslation(itemKeyPrefix + v));
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.title");
    }
}
