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
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The provider's pool: a lazy grid of small rows (one page query and one count per fetch) with search
 * and filters. Finance sees it without the experience-category filter.
 */
@Route(PartnerNavigation.LIST)
@Menu(title = "menu.partners", order = 25)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class PoolListView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    final TextField search = new TextField(getTranslation("pool.search"));
    final Select<PartnerStatus> status = new Select<>();
    final Select<PartnerKind> kind = new Select<>();
    final ComboBox<ReferenceItem> category = new ComboBox<>(getTranslation("pool.filter.category"));
    final ComboBox<ReferenceItem> type = new ComboBox<>(getTranslation("pool.filter.type"));
    final DatePicker lastInvolved = new DatePicker(getTranslation("pool.filter.last-involved"));
    final Grid<PartnerRow> grid = new Grid<>();

    PoolListView(Pool pool, ReferenceData reference, Invitations invitations, CurrentUser currentUser) {
        Role role = currentUser.require().currentRole().orElseThrow();
        boolean runsPool = role == Role.LEAD || role == Role.COORDINATOR;
        List<ReferenceItem> types = reference.activityTypes();
        var header = runsPool
                ? new PageHeader(getTranslation("pool.title"), getTranslation("pool.lead"),
                        primary(new Button(getTranslation("pool.add"), e -> new PartnerDialog(pool, types, null,
                                id -> UI.getCurrent().navigate(PartnerDetailsView.class, PartnerNavigation.parameters(id)))
                                .open())),
                        new Button(getTranslation("pool.invite"), e -> new InvitePartnerDialog(invitations).open()))
                : new PageHeader(getTranslation("pool.title"), getTranslation("pool.lead"));
        add(header);

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
        var filters = new Div(search, status, kind, category, type, lastInvolved);
        filters.addClassName("filter-bar");
        add(filters);

        grid.addComponentColumn(p -> new RouterLink(p.preferredName() + (p.fullName() == null ? "" : " (" + p.fullName() + ")"),
                PartnerDetailsView.class, PartnerNavigation.parameters(p.id())))
                .setHeader(getTranslation("pool.column.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("pool.kind." + p.kind())).setHeader(getTranslation("pool.column.kind")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("pool.status." + p.status())).setHeader(getTranslation("pool.column.status")).setAutoWidth(true);
        grid.addColumn(p -> p.email() != null ? p.email() : p.phone() != null ? p.phone() : "")
                .setHeader(getTranslation("pool.column.contact")).setAutoWidth(true);
        grid.addColumn(p -> p.lastInvolvedOn() == null ? getTranslation("pool.never")
                : DATE.withLocale(getLocale()).format(p.lastInvolvedOn())).setHeader(getTranslation("pool.column.last-involved"));
        grid.setAriaLabel(getTranslation("pool.title"));
        grid.setPageSize(PartnerLimits.PAGE_SIZE_MAX / 2);
        grid.setItemsPageable(pageable -> pool.list(filter(), pageable), pageable -> pool.count(filter()));
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
