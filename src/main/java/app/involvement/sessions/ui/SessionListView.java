package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.SessionRow;
import app.involvement.sessions.Sessions;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The provider's sessions, soonest first, one page query and one count (lazy grid); upcoming ones unless asked. */
@Route(SessionNavigation.LIST)
@Menu(title = "menu.sessions", order = 22)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class SessionListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SessionRow> grid = new Grid<>();
    private final Checkbox includePast = new Checkbox();
    private final Span resultCount = new Span();

    SessionListView(Sessions sessions, Programmes programmes, ReferenceData referenceData) {
        var plan = new Button(getTranslation("sessions.plan"), e -> SessionDialog.plan(sessions, programmes,
                referenceData, id -> UI.getCurrent().navigate(SessionNavigation.DETAILS + id)).open());
        plan.setId("session-plan");
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        add(new PageHeader(getTranslation("sessions.title"), getTranslation("sessions.lead"), plan));

        includePast.setLabel(getTranslation("sessions.include-past"));
        includePast.setId("sessions-include-past");
        includePast.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        var bar = new Div(includePast, resultCount);
        bar.addClassName("list-bar");
        add(bar);

        grid.addColumn(s -> UkFormats.date(s.heldOn(), getLocale())).setHeader(getTranslation("sessions.column.date"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("sessions.time-range", s.startTime(), s.endTime()))
                .setHeader(getTranslation("sessions.column.time")).setAutoWidth(true);
        // a link drawn in the browser: no server-side component per row (DD021)
        grid.addColumn(LitRenderer.<SessionRow>of("<a router-link href=\"${item.href}\">${item.title}</a>")
                        .withProperty("title", SessionRow::title)
                        .withProperty("href", s -> SessionNavigation.DETAILS + s.id()))
                .setHeader(getTranslation("sessions.column.title")).setFlexGrow(2);
        grid.addColumn(SessionRow::programmeName).setHeader(getTranslation("sessions.column.programme")).setFlexGrow(1);
        grid.addColumn(SessionRow::activityTypeName).setHeader(getTranslation("sessions.column.type")).setFlexGrow(1);
        grid.addColumn(LitRenderer.<SessionRow>of("${item.places}${item.flag ? html` <span class=\"session-flag\">${item.flag}</span>` : ''}")
                        .withProperty("places", s -> getTranslation("sessions.places-taken", s.confirmed(), s.placesTarget()))
                        .withProperty("flag", this::flag))
                .setHeader(getTranslation("sessions.column.places")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("sessions-grid");
        grid.setAriaLabel(getTranslation("sessions.title"));
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.setPageSize(SessionLimits.PAGE_SIZE_MAX / 2);
        grid.setItemsPageable(pageable -> sessions.list(from(), pageable), pageable -> {
            long count = sessions.count(from());
            resultCount.setText(getTranslation("sessions.count", count));
            return count;
        });
        add(grid);
        setSizeFull();
    }

    /** Below minimum, cancelled or completed; empty for a planned session with enough places taken. */
    private String flag(SessionRow s) {
        return switch (s.status()) {
            case CANCELLED -> getTranslation("sessions.status.CANCELLED");
            case COMPLETED -> getTranslation("sessions.status.COMPLETED");
            case PLANNED -> s.belowMinimum() ? getTranslation("sessions.below-minimum") : "";
        };
    }

    private LocalDate from() {
        return includePast.getValue() ? null : ZonedDateTime.now(UkFormats.UK_TIME).toLocalDate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
