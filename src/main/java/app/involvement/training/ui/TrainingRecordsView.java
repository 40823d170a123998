package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.pool.PartnerRow;
import app.involvement.pool.Pool;
import app.involvement.pool.PoolFilter;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingNavigation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** Staff find a partner by name and open their training; a lazy grid over the pool's own search. */
@Route(TrainingNavigation.RECORDS)
@Menu(title = "menu.training-records", order = 46)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class TrainingRecordsView extends VerticalLayout implements HasDynamicTitle {

    TrainingRecordsView(Pool pool) {
        add(new PageHeader(getTranslation("training.records.title"), getTranslation("training.records.lead")));
        var name = new TextField(getTranslation("training.records.search"));
        name.setId("training-records-search");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        var grid = new Grid<PartnerRow>();
        grid.addComponentColumn(p -> new RouterLink(p.preferredName(), PartnerTrainingView.class,
                TrainingNavigation.partnerParameters(p.id()))).setHeader(getTranslation("training.records.partner"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation("pool.status." + p.status())).setHeader(getTranslation("training.records.status"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("training.records.title"));
        grid.setItemsPageable(p -> pool.list(filter(name.getValue()), p), p -> pool.count(filter(name.getValue())));
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(name, grid);
        setSizeFull();
    }

    private static PoolFilter filter(String name) {
        return new PoolFilter(name == null || name.isBlank() ? null : name.trim(), null, null, null, null, null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.records.title");
    }
}
