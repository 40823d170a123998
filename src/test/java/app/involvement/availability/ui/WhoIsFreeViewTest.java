package app.involvement.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordinator picks a date and part of day and sees who is free, then who is not and why. */
class WhoIsFreeViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinator_seesOwnActivePartners_freeOnesFirst() {
        LocalDate saturday = LocalDate.now().plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(WhoIsFreeView.class);
            test(find(DatePicker.class).withLabel("Date").single()).setValue(saturday);
            test(find(Button.class).withText("Find").single()).click();

            var grid = test(find(Grid.class).single());
            long active = jdbc.queryForObject("select count(*) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU' and p.status = 'ACTIVE'", Long.class);
            assertThat(grid.size()).isEqualTo((int) active);
            List<String> results = new ArrayList<>();
            for (int row = 0; row < grid.size(); row++) {
                results.add(grid.getCellText(row, 2));
            }
            assertThat(results).as("demo partners are never usually free at weekends")
                    .allMatch(r -> r.startsWith("Not free"));
        });
    }
}
