package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The involvement lead invites staff and changes their roles. */
class StaffListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void lead_seesOwnStaffOnly() {
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(StaffListView.class);
            var grid = test(find(Grid.class).first());
            assertThat(grid.size()).isEqualTo(2);
            assertThat(grid.getCellText(0, 1) + grid.getCellText(1, 1))
                    .contains("lead@southmoor.example", "coordinator@southmoor.example");
        });
    }

    @Test
    void invitingWithAMalformedAddress_showsAnErrorAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from invitation", Long.class);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(StaffListView.class);
            test(find(Button.class).withText("Invite staff").single()).click();
            var email = find(EmailField.class).single();
            test(email).setValue("not-an-address");
            test(find(Button.class).withText("Send invitation").single()).click();
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).isEqualTo("An e-mail address has exactly one @, like name@example.org");
        });
        assertThat(jdbc.queryForObject("select count(*) from invitation", Long.class)).isEqualTo(before);
    }

    @Test
    void invitingACoordinator_listsTheInvitationAsPending() {
        String address = "pending." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(StaffListView.class);
            test(find(Button.class).withText("Invite staff").single()).click();
            test(find(EmailField.class).single()).setValue(address);
            test(find(Button.class).withText("Send invitation").single()).click();

            var pending = test(find(Grid.class).all().get(1));
            var emails = new java.util.ArrayList<String>();
            for (int row = 0; row < pending.size(); row++) {
                emails.add(pending.getCellText(row, 0));
            }
            assertThat(emails).contains(address);
        });
        assertThat(jdbc.queryForObject("select role from invitation where email = ?", String.class, address))
                .isEqualTo("COORDINATOR");
    }

    @Test
    void changingARole_isSavedAndAudited() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(StaffListView.class);
            var staff = test(find(Grid.class).first());
            int row = java.util.stream.IntStream.range(0, staff.size())
                    .filter(r -> staff.getCellText(r, 1).equals(DemoLogins.NB_FINANCE)).findFirst().orElseThrow();
            Select<?> role = (Select<?>) staff.getCellComponent(row, 2);
            assertThat(role.getAriaLabel()).contains("Role of Fiona Brennan");
            test(role).selectItem("Coordinator");
        });
        String role = jdbc.queryForObject("select m.role from membership m join user_account u on u.id = m.user_id"
                + " where u.email = ?", String.class, DemoLogins.NB_FINANCE);
        jdbc.update("update membership set role = 'FINANCE' where user_id = (select id from user_account where email = ?)",
                DemoLogins.NB_FINANCE);
        assertThat(role).isEqualTo("COORDINATOR");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ROLE_CHANGED' and subject = ?",
                Long.class, DemoLogins.NB_FINANCE)).isPositive();
    }
}
