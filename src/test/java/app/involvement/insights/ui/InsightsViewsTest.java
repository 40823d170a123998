package app.involvement.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.insights.NorthbridgeInsightsData;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard and pitfall pages as their users see them, and addresses tampered with (DD040, DD041). */
class InsightsViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void dashboard_showsEachChartWithItsTable() {
        NorthbridgeInsightsData.ensure(jdbc);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("insights");
            assertThat(getCurrentView()).isInstanceOf(InsightsView.class);
            assertThat(find(NativeTable.class).withId("insights-concentration-table").single().getElement()
                    .getOuterHTML()).contains(NorthbridgeInsightsData.PROGRAMME);
            assertThat(find(Svg.class).all()).isNotEmpty();
            assertThat(find(NativeTable.class).all().size()).isGreaterThanOrEqualTo(find(Svg.class).all().size());
        });
    }

    @Test
    void anotherProvidersProgrammeInTheAddress_isRefused_andNothingOfItShows() {
        long northbridgeProgramme = NorthbridgeInsightsData.ensure(jdbc);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("insights", QueryParameters.fromString("programme=" + northbridgeProgramme));
            assertThat(getCurrentView()).isInstanceOf(InsightsView.class);
            @SuppressWarnings("unchecked")
            Select<Object> programme = find(Select.class).withId("insights-filter-programme").single();
            assertThat(programme.getValue()).isNull();
            assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain(NorthbridgeInsightsData.PROGRAMME);
        });
    }

    @Test
    void nonsenseInTheAddress_fallsBackToThisYear() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            for (String query : new String[] {"year=3000", "year=abc", "area=NOWHERE", "programme=x1", "year=1&year=2"}) {
                UI.getCurrent().navigate("insights", QueryParameters.fromString(query));
                assertThat(getCurrentView()).as(query).isInstanceOf(InsightsView.class);
            }
        });
    }

    @Test
    void pitfalls_theLeadEditsThresholds() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("pitfalls");
            assertThat(find(IntegerField.class).withId("pitfall-threshold-top-partners").single().isReadOnly()).isFalse();
        });
    }

    @Test
    void pitfalls_theCoordinatorReadsThem() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("pitfalls");
            assertThat(find(IntegerField.class).withId("pitfall-threshold-top-partners").single().isReadOnly()).isTrue();
        });
    }
}
