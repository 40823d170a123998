package app.involvement.availability.ui;

import app.involvement.availability.AvailabilityNavigation;
import app.involvement.availability.FreeCandidate;
import app.involvement.availability.PartOfDay;
import app.involvement.availability.SlotQuery;
import app.involvement.availability.WhoIsFree;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerNavigation;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** For a date and part of day: active partners who are free, fairest first, and why others are not. */
@Route(AvailabilityNavigation.WHO_IS_FREE)
@Menu(title = "menu.who-is-free", order = 30)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class WhoIsFreeView extends VerticalLayout implements HasDynamicTitle {

    private final DatePicker date = UkDatePickers.ukFormat(new DatePicker());
    private final Select<PartOfDay> part = new Select<>();
    private final ComboBox<ReferenceItem> activity = new ComboBox<>();
    private final ComboBox<ReferenceItem> experience = new ComboBox<>();
    private final Grid<FreeCandidate> grid = new Grid<>();
    final Span resultCount = new Span();
    private SlotQuery query;

    WhoIsFreeView(WhoIsFree whoIsFree, ReferenceData referenceData, Clock clock) {
        add(new PageHeader(getTranslation("free.title"), getTranslation("free.lead")));
        date.setLabel(getTranslation("free.date"));
        date.setRequired(true);
        date.setValue(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))));
        part.setLabel(getTranslation("free.part"));
        part.setItems(PartOfDay.values());
        part.setItemLabelGenerator(p -> getTranslation("part." + p));
        part.setValue(PartOfDay.MORNING);
        activity.setLabel(getTranslation("free.activity"));
        activity.setItems(referenceData.activityTypes());
        activity.setItemLabelGenerator(ReferenceItem::name);
        activity.setClearButtonVisible(true);
        experience.setLabel(getTranslation("free.experience"));
        experience.setItems(referenceData.experienceCategories());
        experience.setItemLabelGenerator(ReferenceItem::name);
        experience.setClearButtonVisible(true);
        var find = new Button(getTranslation("free.find"), e -> search());
        find.setId("free-find");
        find.addThemeVariants(ButtonVariant.PRIMARY);
        var filters = new Div(date, part, activity, experience, find);
        filters.addClassName("filter-bar");

        grid.addComponentColumn(c -> new Anchor(PartnerNavigation.details(c.partnerId()), name(c)))
                .setHeader(getTranslation("free.name")).setFlexGrow(2);
        grid.addComponentColumn(this::contact).setHeader(getTranslation("free.contact")).setFlexGrow(2);
        grid.addColumn(c -> c.lastInvolvedOn() == null ? getTranslation("free.never")
                : UkFormats.date(c.lastInvolvedOn(), getLocale()))
                .setHeader(getTranslation("free.last-involved"));
        grid.addColumn(c -> c.free() ? getTranslation("free.free") : getTranslation("free.excluded." + c.exclusion()))
                .setHeader(getTranslation("free.result")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("free-grid");
        grid.setAriaLabel(getTranslation("free.title"));
        grid.setEmptyStateText(getTranslation("free.empty"));
        grid.setItemsPageable(p -> query == null ? List.of() : whoIsFree.candidates(query, p),
                p -> query == null ? 0 : showCount(whoIsFree.count(query)));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(filters, resultCount, grid);
        setSizeFull();
        search();
    }

    private void search() {
        date.setInvalid(date.getValue() == null);
        if (date.isInvalid() || part.getValue() == null) {
            date.setErrorMessage(getTranslation("field.required"));
            return;
        }
        query = new SlotQuery(date.getValue(), part.getValue(),
                activity.getValue() == null ? null : activity.getValue().id(),
                experience.getValue() == null ? null : experience.getValue().id());
        grid.getDataProvider().refreshAll();
    }

    /** The preferred name, and the full name when it says more: two Alexes are told apart. */
    static String name(FreeCandidate c) {
        String full = c.fullName() == null ? "" : c.fullName().trim();
        return full.isEmpty() || full.equals(c.preferredName()) ? c.preferredName() : c.preferredName() + " (" + full + ")";
    }

    /** E-mail and phone as links that start a message or a call. */
    private Component contact(FreeCandidate c) {
        var links = new Div();
        links.addClassName("contact-links");
        if (c.email() != null && !c.email().isBlank()) {
            var mail = new Anchor("mailto:" + c.email(), c.email());
            mail.setAriaLabel(getTranslation("free.contact.email", c.email()));
            links.add(mail);
        }
        if (c.phone() != null && !c.phone().isBlank()) {
            var call = new Anchor("tel:" + c.phone().replaceAll("[^0-9+]", ""), c.phone());
            call.setAriaLabel(getTranslation("free.contact.phone", c.phone()));
            links.add(call);
        }
        if (links.getChildren().findAny().isEmpty()) {
            links.setText(getTranslation("free.contact.none"));
        }
        return links;
    }

    /** The count query's answer, shown above the grid as well as used by it: no second count statement. */
    private long showCount(long count) {
        resultCount.setText(getTranslation("free.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("free.title");
    }
}
