package app.involvement.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shell.ui.HomeView;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The support pages as people use them: a partner asks for help and sees its status, a coordinator
 * arranges or declines it (a reason is required), changes a named contact; another provider's partner is
 * "not found".
 */
class SupportViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private long requests() {
        return jdbc.queryForObject("select count(*) from support_request", Long.class);
    }

    private Long partnerOf(String email, String provider) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id join provider v"
                + " on v.id = p.tenant_id where u.email = ? and v.short_code = ?", Long.class, email, provider);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> kinds() {
        return find(RadioButtonGroup.class).withLabel("What do you need?").single();
    }

    @Test
    void partner_asksForAnInterpreter_andSeesItWaiting() {
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MySupportView.class);
            test(kinds()).selectItem("A BSL interpreter");
            test(find(TextArea.class).withLabel("Tell us more").single()).setValue("For the OSCE day");
            test(find(Button.class).withText("Send my request").single()).click();
            assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                    .anyMatch(t -> t.startsWith("A BSL interpreter: For the OSCE day – for any date") && t.endsWith("Waiting for an answer"));
            assertThat(kinds().getValue()).as("the form is emptied for the next request").isNull();
        });
    }

    @Test
    void partner_choosingSomethingElseWithoutDetails_isToldWhatToAdd_andNothingIsStored() {
        long before = requests();
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MySupportView.class);
            test(kinds()).selectItem("Something else");
            test(find(Button.class).withText("Send my request").single()).click();
            var details = find(TextArea.class).withLabel("Tell us more").single();
            assertThat(details.isInvalid()).isTrue();
            assertThat(details.getErrorMessage()).isEqualTo("Tell us what you need");
        });
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void partner_seesTheirNamedContact_onTheirHomeAndSupportPage() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(HomeView.class);
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .contains("Colin Okafor is your named contact. Get in touch with them if you have a question or a worry.");
            assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("mailto:" + DemoLogins.NB_COORDINATOR);
            UI.getCurrent().navigate(MySupportView.class);
            assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("mailto:" + DemoLogins.NB_COORDINATOR);
            assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                    .anyMatch(t -> t.contains("Not arranged: The venue is next to the station"));
        });
    }

    @Test
    void coordinator_declinesWithoutAReason_isToldToGiveOne_thenArrangesIt() {
        String details = "Ground floor please " + System.nanoTime();
        Long tenant = jdbc.queryForObject("select id from provider where short_code = 'SMC'", Long.class);
        jdbc.update("insert into support_request (version, tenant_id, partner_id, kind, details, status, requested_at)"
                + " values (0, ?, ?, 'ACCESSIBLE_ROOM', ?, 'REQUESTED', current_timestamp)", tenant,
                partnerOf(DemoLogins.SM_PARTNER, "SMC"), details);
        Long request = jdbc.queryForObject("select id from support_request where details = ?", Long.class, details);
        String what = "A room I can get into and move around in: " + details;
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate(SupportRequestListView.class);
            var grid = test(find(Grid.class).single());
            int row = rowOf(what);
            assertThat(row).as("the new request is listed as waiting").isNotNegative();
            test((Button) grid.getCellComponent(row, 5)).click();
            test(find(RadioButtonGroup.class).withLabel("Outcome").single()).selectItem("Declined");
            test(find(Button.class).withText("Save").single()).click();
            var reason = find(TextArea.class).withLabel("Reason for declining").single();
            assertThat(reason.getErrorMessage()).isEqualTo("Enter the reason for declining");
            assertThat(jdbc.queryForObject("select status from support_request where id = ?", String.class, request))
                    .isEqualTo("REQUESTED");
            test(find(RadioButtonGroup.class).withLabel("Outcome").single()).selectItem("Arranged");
            test(find(TextArea.class).withLabel("What was arranged").single()).setValue("Room G.01 booked");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(rowOf(what)).as("no longer waiting").isNegative();
        });
        assertThat(jdbc.queryForObject("select concat(status, ':', outcome) from support_request where id = ?", String.class,
                request)).isEqualTo("ARRANGED:Room G.01 booked");
    }

    /** The row of the support request list whose "Support" cell says this, or -1. */
    private int rowOf(String what) {
        var grid = test(find(Grid.class).single());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 1).equals(what)) {
                return row;
            }
        }
        return -1;
    }

    @Test
    void coordinator_changesANamedContact_onThePartnersSupportPage() {
        Long carer = partnerOf(DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("partner-support/" + carer);
            assertThat(getCurrentView()).isInstanceOf(PartnerSupportView.class);
            @SuppressWarnings("unchecked")
            ComboBox<Object> picker = find(ComboBox.class).withLabel("Named contact (lead or coordinator)").single();
            test(picker).selectItem("Asha Patel (Involvement lead)");
            test(find(Button.class).withText("Save named contact").single()).click();
        });
        assertThat(jdbc.queryForObject("select u.email from named_contact c join user_account u on u.id = c.staff_user_id"
                + " where c.partner_id = ?", String.class, carer)).isEqualTo(DemoLogins.NB_LEAD);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("partner-support/" + carer);
            test(find(ComboBox.class).withLabel("Named contact (lead or coordinator)").single())
                    .selectItem("Colin Okafor (Coordinator)");
            test(find(Button.class).withText("Save named contact").single()).click();
        });
    }

    @Test
    void namedContacts_listsEveryPartnerWhoHasNotLeft_withTheirContact() {
        long partners = jdbc.queryForObject("select count(*) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'SMC' and p.status <> 'LEFT'", Long.class);
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate(NamedContactListView.class);
            var grid = test(find(Grid.class).single());
            assertThat(grid.size()).isEqualTo((int) partners);
            assertThat(grid.getCellText(0, 1)).isEqualTo("Nia Evans (coordinator@southmoor.example)");
            test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withLabel("Only those without a named contact")
                    .single()).click();
            assertThat(test(find(Grid.class).single()).size()).isZero();
        });
    }

    @Test
    void anotherProvidersPartner_orAnUnknownId_isNotFound() {
        Long northbridge = partnerOf(DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate("partner-support/" + northbridge);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("partner-support/999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
    }
}
