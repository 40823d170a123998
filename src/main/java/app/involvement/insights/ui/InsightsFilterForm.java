package app.involvement.insights.ui;

import app.involvement.insights.AcademicYear;
import app.involvement.insights.Insights.ProgrammeChoice;
import app.involvement.insights.InsightsFilter;
import app.involvement.provider.ActivityArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The dashboard filter: one academic year from those offered, and optionally a programme and an area. It reads and
 * writes the page's query parameters ({@code ?year=2025&programme=12&area=GOVERNANCE}) so a filtered view can be
 * bookmarked; anything in them that is not offered is refused before the service sees it (the service checks again).
 */
class InsightsFilterForm extends Div {

    static final String YEAR = "year";
    static final String PROGRAMME = "programme";
    static final String AREA = "area";

    private final Select<AcademicYear> year = new Select<>();
    private final Select<ProgrammeChoice> programme = new Select<>();
    private final Select<ActivityArea> area = new Select<>();
    private final List<AcademicYear> years;
    private final List<ProgrammeChoice> programmes;

    InsightsFilterForm(List<AcademicYear> years, List<ProgrammeChoice> programmes, Consumer<QueryParameters> show) {
        this.years = years;
        this.programmes = programmes;
        addClassName("insights-filter");
        setId("insights-filter");
        year.setLabel(getTranslation("insights.filter.year"));
        year.setItems(years);
        year.setItemLabelGenerator(AcademicYear::label);
        year.setId("insights-filter-year");
        programme.setLabel(getTranslation("insights.filter.programme"));
        programme.setItems(programmes);
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("insights.filter.all-programmes"));
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("insights.filter.all-programmes") : p.name());
        programme.setId("insights-filter-programme");
        area.setLabel(getTranslation("insights.filter.area"));
        area.setItems(ActivityArea.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("insights.filter.all-areas"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("insights.filter.all-areas")
                : getTranslation("area." + a.name()));
        area.setId("insights-filter-area");
        var apply = new Button(getTranslation("insights.filter.show"), e -> show.accept(parameters()));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setId("insights-filter-show");
        add(year, programme, area, apply);
    }

    /**
     * The filter the query parameters ask for, or empty when they name a year, programme or area not offered here
     * (typed by hand or tampered with). A programme id that is not a number is refused the same way.
     */
    Optional<InsightsFilter> read(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        AcademicYear chosenYear = years.getFirst();
        ProgrammeChoice chosenProgramme = null;
        ActivityArea chosenArea = null;
        try {
            String y = single(values, YEAR);
            if (y != null) {
                int start = Integer.parseInt(y);
                chosenYear = years.stream().filter(a -> a.startYear() == start).findFirst().orElse(null);
            }
            String p = single(values, PROGRAMME);
            if (p != null) {
                long id = Long.parseLong(p);
                chosenProgramme = programmes.stream().filter(c -> c.id() == id).findFirst().orElse(null);
                if (chosenProgramme == null) {
                    return Optional.empty();
                }
            }
            String a = single(values, AREA);
            if (a != null) {
                chosenArea = ActivityArea.valueOf(a);
            }
        } catch (IllegalArgumentException notOffered) {
            return Optional.empty();
        }
        if (chosenYear == null) {
            return Optional.empty();
        }
        year.setValue(chosenYear);
        programme.setValue(chosenProgramme);
        area.setValue(chosenArea);
        return Optional.of(new InsightsFilter(chosenYear, chosenProgramme == null ? null : chosenProgramme.id(),
                chosenArea));
    }

    /** Puts the form back to the first (current) year and everything. */
    InsightsFilter reset() {
        year.setValue(years.getFirst());
        programme.clear();
        area.clear();
        return InsightsFilter.of(years.getFirst());
    }

    private QueryParameters parameters() {
        Map<String, String> values = new HashMap<>();
        values.put(YEAR, String.valueOf((year.getValue() == null ? years.getFirst() : year.getValue()).startYear()));
        if (programme.getValue() != null) {
            values.put(PROGRAMME, String.valueOf(programme.getValue().id()));
        }
        if (area.getValue() != null) {
            values.put(AREA, area.getValue().name());
        }
        return QueryParameters.simple(values);
    }

    private static String single(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() > 1) {
            throw new IllegalArgumentException("more than one " + name);
        }
        return list.getFirst();
    }
}
