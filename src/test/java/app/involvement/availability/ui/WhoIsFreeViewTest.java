package app.involvement.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import app.involvement.availability.FreeCandidate;
import app.involvement.provider.ReferenceItem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordinator picks a date and part of day and sees who is free, then who is not and why. */
@SuppressWarnings("unchecked")
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
                results.add(grid.getCellText(row, 3));
            }
            assertThat(results).as("demo partners are never usually free at weekends")
                    .allMatch(r -> r.startsWith("Not free"));
        });
    }

    @Test
    void twoAlexes_areToldApart_andCanBeContacted() {
        String stamp = Long.toString(System.nanoTime());
        Long first = activePartner("Alex", "Alex Ahmed " + stamp, "alex.a." + stamp + "@example.org", "07700 900 111");
        Long second = activePartner("Alex", "Alex Baker " + stamp, "", "0113 496 0001");
        try {
            as(DemoLogins.NB_COORDINATOR, () -> {
                UI.getCurrent().navigate(WhoIsFreeView.class);
                var view = (WhoIsFreeView) getCurrentView();
                var grid = test((Grid<FreeCandidate>) find(Grid.class).single());
                var names = new ArrayList<String>();
                var contacts = new ArrayList<String>();
                for (int row = 0; row < grid.size(); row++) {
                    if (List.of(first, second).contains(grid.getRow(row).partnerId())) {
                        names.add(((Anchor) grid.getCellComponent(row, 0)).getText());
                        contacts.add(grid.getCellComponent(row, 1).getChildren().map(c -> ((Anchor) c).getHref())
                                .reduce((a, b) -> a + " " + b).orElse(""));
                    }
                }
                assertThat(names).containsExactlyInAnyOrder("Alex (Alex Ahmed " + stamp + ")", "Alex (Alex Baker " + stamp + ")");
                assertThat(contacts).containsExactlyInAnyOrder(
                        "mailto:alex.a." + stamp + "@example.org tel:07700900111", "tel:01134960001");
                assertThat(view.resultCount.getText()).isEqualTo(grid.size() + " active partners match");
            });
        } finally {
            jdbc.update("update partner set status = 'LEFT' where id in (?, ?)", first, second);
        }
    }

    @Test
    void aFilterMatchingNobody_saysSo() {
        Long unused = jdbc.queryForObject("select max(t.id) from activity_type t join provider v on v.id = t.tenant_id"
                + " where v.short_code = 'NBU' and not exists (select 1 from partner_interest i join partner p on p.id = i.partner_id"
                + " where i.activity_type_id = t.id and p.status = 'ACTIVE')", Long.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(WhoIsFreeView.class);
            var view = (WhoIsFreeView) getCurrentView();
            var grid = (Grid<?>) find(Grid.class).single();
            if (unused != null) {
                var activity = (ComboBox<ReferenceItem>) find(ComboBox.class).withCaption("Interested in (optional)").single();
                test(activity).selectItem(activity.getListDataView().getItems().filter(i -> i.id().equals(unused))
                        .findFirst().orElseThrow().name());
                test(find(Button.class).withText("Find").single()).click();
                assertThat(test(grid).size()).isZero();
                assertThat(view.resultCount.getText()).isEqualTo("No active partners match");
            }
            assertThat(grid.getEmptyStateText()).startsWith("No active partners match.");
        });
    }

    /** An active Northbridge partner added by hand, with the given names and contact details. */
    private Long activePartner(String preferred, String full, String email, String phone) {
        Long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        jdbc.update("insert into partner (version, tenant_id, preferred_name, full_name, email, phone, kind, status,"
                + " status_since, contact_preference, payment_choice, created_at) values (0, ?, ?, ?, ?, ?, 'CARER', 'ACTIVE',"
                + " current_date, 'EMAIL', null, current_timestamp)", tenant, preferred, full, email.isEmpty() ? null : email, phone);
        return jdbc.queryForObject("select id from partner where full_name = ?", Long.class, full);
    }
}
