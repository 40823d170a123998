package app.involvement.insights.ui;

import app.involvement.identity.Role;
import app.involvement.insights.Insights;
import app.involvement.insights.InsightsDashboard;
import app.involvement.insights.InsightsFilter;
import app.involvement.insights.InsightsTables;
import app.involvement.insights.InsightsTexts;
import app.involvement.insights.ui.SvgBarChart.Bar;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The insights dashboard (DD040): a filter, then one section per figure, each with a chart drawn on the server as
 * SVG and the same figures in a table. Everything comes from one call to {@link Insights#dashboard}.
 */
@Route(InsightsView.ROUTE)
@Menu(title = "insights.menu", order = 53)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class InsightsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "insights";

    private final Insights insights;
    private final InsightsFilterForm form;
    private final Div content = new Div();

    InsightsView(Insights insights) {
        this.insights = insights;
        addClassName("insights-page");
        form = new InsightsFilterForm(insights.years(), insights.programmes(),
                query -> getUI().ifPresent(ui -> ui.navigate(ROUTE, query)));
        content.setId("insights-content");
        content.setWidthFull();
        add(new PageHeader(getTranslation("insights.title"), getTranslation("insights.lead")), form, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        InsightsFilter filter = form.read(query).orElseGet(() -> {
            Notices.error(getTranslation("insights.error.filter"));
            return form.reset();
        });
        try {
            show(insights.dashboard(filter));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
            show(insights.dashboard(form.reset()));
        }
    }

    private void show(InsightsDashboard dashboard) {
        content.removeAll();
        var tables = new InsightsTables(dashboard, texts());
        content.add(section(tables.byYear(), dashboard.byAreaProgrammeYear().stream()
                .map(r -> new Bar(getTranslation("insights.by-year.bar", r.year().label(),
                        getTranslation("area." + r.area().name()), r.programme()), r.participations(),
                        tables.whole(r.participations())))
                .toList(), "insights.by-year.chart"));
        content.add(section(tables.levels(), dashboard.levels().stream()
                .map(l -> new Bar(getTranslation("sessions.level." + l.level().name()), l.sessions(),
                        tables.whole(l.sessions())))
                .toList(), "insights.levels.chart"));
        content.add(section(tables.reach(), List.of(), null));
        content.add(section(tables.concentration(), dashboard.concentration().stream()
                .map(c -> new Bar(c.programme(), c.topFiveShare(), tables.percent(c.topFiveShare())))
                .toList(), "insights.concentration.chart"));
        content.add(section(tables.coverage(), dashboard.coverage().stream().filter(c -> c.defined())
                .map(c -> new Bar(c.programme(), c.share(), tables.percent(c.share())))
                .toList(), "insights.coverage.chart"));
        content.add(section(tables.training(), dashboard.training().stream()
                .map(t -> {
                    double share = t.total() == 0 ? 0 : (double) t.current() / t.total();
                    return new Bar(t.module(), share, tables.percent(share));
                })
                .toList(), "insights.training.chart"));
        content.add(section(tables.turnaround(), List.of(), null));
        content.add(section(tables.actions(), dashboard.actions() == null ? List.of() : List.of(
                new Bar(getTranslation("insights.actions.open"), dashboard.actions().open(),
                        tables.whole(dashboard.actions().open())),
                new Bar(getTranslation("insights.actions.done"), dashboard.actions().done(),
                        tables.whole(dashboard.actions().done()))), "insights.actions.chart"));
        var pool = dashboard.pool();
        content.add(section(tables.pool(), List.of(
                new Bar(getTranslation("insights.pool.joiners"), pool.joiners(), tables.whole(pool.joiners())),
                new Bar(getTranslation("insights.pool.leavers"), pool.leavers(), tables.whole(pool.leavers())),
                new Bar(getTranslation("insights.pool.inactive"), pool.inactive(), tables.whole(pool.inactive()))),
                "insights.pool.chart"));
    }

    /** A heading, a sentence on what it shows, the chart (when there is something to draw) and its table. */
    private Component section(EvidenceTable table, List<Bar> bars, String chartKey) {
        var section = new Section();
        section.addClassName("insights-section");
        section.setId(table.key());
        var heading = new H2(table.title());
        heading.setId(table.key() + "-heading");
        section.add(heading, new Paragraph(table.description()));
        if (table.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("insights.empty")));
            return section;
        }
        if (chartKey != null && !bars.isEmpty() && bars.stream().anyMatch(b -> b.value() > 0)) {
            section.add(SvgBarChart.of(getTranslation(chartKey), bars));
        }
        section.add(DataTable.of(table.key() + "-table", getTranslation("insights.table-caption", table.title()),
                table.columns(), table.rows()));
        return section;
    }

    private InsightsTexts texts() {
        return new InsightsTexts() {
            @Override
            public String get(String key, Object... arguments) {
                return getTranslation(key, arguments);
            }

            @Override
            public Locale locale() {
                return getLocale();
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title");
    }
}
