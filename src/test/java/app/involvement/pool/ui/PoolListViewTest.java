package app.involvement.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.PoolSort;
import app.involvement.shared.ui.LightRadioGroup;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff search, filter and open their pool; leads and coordinators add partners by hand or invite them. */
class PoolListViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coordinator_seesOwnProvidersPartnersOnly() {
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            List<String> names = names();
            assertThat(names).anyMatch(n -> n.startsWith("Dev")).noneMatch(n -> n.startsWith("Sam"));
            assertThat(test(grid()).size()).isEqualTo(count("SMC", ""));
        });
    }

    @Test
    void searchAndStatusFilter_narrowTheList() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            var view = (PoolListView) getCurrentView();
            test(view.search).setValue("sam");
            assertThat(names()).isNotEmpty().allMatch(n -> n.toLowerCase().contains("sam"));
            test(view.search).setValue("");
            test(view.status).selectItem("Resting");
            assertThat(test(grid()).size()).isEqualTo(count("NBU", " and p.status = 'RESTING'")).isPositive();
            assertThat(view.filter().status()).isEqualTo(PartnerStatus.RESTING);
        });
    }

    @Test
    void finance_seesThePoolWithoutCategoryFilterOrAddButtons() {
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            var view = (PoolListView) getCurrentView();
            assertThat(view.category.isVisible()).isFalse();
            assertThat(find(Button.class).withText("Add a partner").all()).isEmpty();
            assertThat(test(grid()).size()).isEqualTo(count("NBU", ""));
        });
    }

    @Test
    void addingAPartnerWithBadPhoneAndPostcode_showsErrorsAndStoresNothing() {
        long before = count("NBU", "");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Add a partner").single()).click();
            test(field("Preferred name")).setValue("Assisted Person");
            test(field("UK phone number (optional)")).setValue("12345");
            test(field("Postcode (optional)")).setValue("NOT A CODE");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(field("UK phone number (optional)").getErrorMessage()).startsWith("Enter a UK phone number");
            assertThat(field("Postcode (optional)").getErrorMessage()).startsWith("Enter a UK postcode");
        });
        assertThat(count("NBU", "")).isEqualTo(before);
    }

    @Test
    void aMalformedEmailAddress_saysWhatIsWrong() {
        long before = count("NBU", "");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Add a partner").single()).click();
            test(field("Preferred name")).setValue("Assisted Person");
            var email = find(EmailField.class).withLabel("E-mail address").single();
            test(email).setValue("<script>@x.com");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).startsWith("Before the @, use only letters, digits");
            test(email).setValue("name@example");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(email.getErrorMessage()).startsWith("After the @, enter a domain like example.org");
        });
        assertThat(count("NBU", "")).isEqualTo(before);
    }

    @Test
    void invitingAMalformedAddress_saysWhatIsWrongAndSendsNothing() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Invite by e-mail").single()).click();
            var email = find(EmailField.class).single();
            test(email).setValue("<script>@x.com");
            test(find(Button.class).withText("Send invitation").single()).click();
            assertThat(email.getErrorMessage()).startsWith("Before the @, use only letters, digits");
        });
        assertThat(jdbc.queryForObject("select count(*) from invitation where email like '%script%'", Long.class)).isZero();
    }

    @Test
    void addingAPartnerByHand_opensTheirDetails() {
        String name = "Assisted " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Add a partner").single()).click();
            test(field("Preferred name")).setValue(name);
            test(field("Postcode (optional)")).setValue("ls14dy");
            @SuppressWarnings("unchecked")
            var kind = (LightRadioGroup<PartnerKind>) find(LightRadioGroup.class).withCaption("Service user or carer").single();
            assertThat(kind.isEnabled()).isTrue();
            kind.setValue(PartnerKind.CARER);
            test(find(Button.class).withText("Save").single()).click();
            assertThat(getCurrentView()).isInstanceOf(PartnerDetailsView.class);
        });
        assertThat(jdbc.queryForMap("select kind, status, postcode, user_id from partner where preferred_name = ?", name))
                .containsEntry("kind", "CARER").containsEntry("status", "APPLICANT").containsEntry("postcode", "LS1 4DY")
                .containsEntry("user_id", null);
    }

    @Test
    void invitingByEmail_sendsAPartnerInvitation() {
        String address = "invited." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Invite by e-mail").single()).click();
            test(find(EmailField.class).single()).setValue(address);
            test(find(Button.class).withText("Send invitation").single()).click();
        });
        assertThat(jdbc.queryForObject("select role from invitation where email = ?", String.class, address))
                .isEqualTo("PARTNER");
    }

    @Test
    void resultCount_saysHowManyMatch_andAFilterMatchingNobodySaysSo() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            var view = (PoolListView) getCurrentView();
            test(grid()).size();
            assertThat(view.resultCount.getText()).isEqualTo(count("NBU", "") + " partners match");
            test(view.search).setValue("nobody-is-called-this");
            assertThat(test(grid()).size()).isZero();
            assertThat(view.resultCount.getText()).isEqualTo("No partners match");
            assertThat(grid().getEmptyStateText()).startsWith("No partners match. Clear a filter");
            assertThat(view.getTranslation("pool.count", 5001)).isEqualTo("5,001 partners match");
        });
    }

    @Test
    void sortingByLastInvolved_ordersTheWholePool_notJustAPage() {
        LocalDate latest = jdbc.queryForObject("select max(p.last_involved_on) from partner p join provider v"
                + " on v.id = p.tenant_id where v.short_code = 'NBU'", LocalDate.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            var grid = grid();
            var column = grid.getColumns().stream().filter(c -> PoolSort.LAST_INVOLVED.equals(
                    c.getSortOrder(SortDirection.ASCENDING).findFirst().map(o -> o.getSorted()).orElse(null)))
                    .findFirst().orElseThrow();
            grid.sort(List.of(new GridSortOrder<>(column, SortDirection.DESCENDING)));
            var rows = test(grid);
            assertThat(rows.getRow(0).lastInvolvedOn()).isEqualTo(latest);
            for (int row = 1; row < rows.size(); row++) {
                LocalDate previous = rows.getRow(row - 1).lastInvolvedOn();
                LocalDate current = rows.getRow(row).lastInvolvedOn();
                assertThat(current == null || (previous != null && !current.isAfter(previous)))
                        .as("row %d is not after row %d", row, row - 1).isTrue();
            }
            assertThat(grid.getColumns().stream().filter(c -> c.isSortable()).count()).isEqualTo(3);
        });
    }

    @Test
    void filtersToggle_unfoldsTheFiltersAndSaysSo() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            var view = (PoolListView) getCurrentView();
            assertThat(view.filters.hasClassName("collapsible-filters")).isTrue();
            assertThat(view.filters.hasClassName("filters-open")).isFalse();
            assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
            test(view.filtersToggle).click();
            assertThat(view.filters.hasClassName("filters-open")).isTrue();
            assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(view.filtersToggle.getElement().getAttribute("aria-controls")).isEqualTo(view.filters.getId().orElseThrow());
        });
    }

    @Test
    void staffForm_speaksToStaff_andLeavesThePaymentChoiceToThePartner() {
        String name = "Unpaid choice " + System.nanoTime();
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Add a partner").single()).click();
            assertThat(field("Preferred name").getHelperText()).isEqualTo("The name they like to be called");
            @SuppressWarnings("unchecked")
            var payment = (LightRadioGroup<Object>) find(LightRadioGroup.class).withCaption("Payment choice").single();
            assertThat(payment.getValue()).isNull();
            assertThat(payment.isRequiredIndicatorVisible()).isFalse();
            test(field("Preferred name")).setValue(name);
            test(find(Button.class).withText("Save").single()).click();
            assertThat(getCurrentView()).isInstanceOf(PartnerDetailsView.class);
            assertThat(find(DescriptionList.class).single().getElement().getTextRecursively()).contains("Not chosen yet");
        });
        assertThat(jdbc.queryForObject("select payment_choice from partner where preferred_name = ?", String.class, name))
                .isNull();
    }

    @Test
    void coordinator_seesAndWithdrawsThePartnerInvitationsSent() {
        String address = "withdraw." + System.nanoTime() + "@example.org";
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PoolListView.class);
            test(find(Button.class).withText("Invite by e-mail").single()).click();
            test(find(EmailField.class).single()).setValue(address);
            test(find(Button.class).withText("Send invitation").single()).click();
            test(find(Button.class).withText("Invitations sent").single()).click();
            var dialog = find(PartnerInvitationsDialog.class).single();
            var rows = test(dialog.grid);
            assertThat(rows.getRow(0).email()).isEqualTo(address);
            test((Button) rows.getCellComponent(0, 2)).click();
            assertThat(test(dialog.grid).size() == 0 || !test(dialog.grid).getRow(0).email().equals(address)).isTrue();
        });
        assertThat(jdbc.queryForObject("select revoked_at is not null from invitation where email = ?", Boolean.class, address))
                .isTrue();
    }

    @SuppressWarnings("unchecked")
    private Grid<app.involvement.pool.PartnerRow> grid() {
        return find(Grid.class).single();
    }

    private List<String> names() {
        var grid = test(grid());
        var names = new ArrayList<String>();
        for (int row = 0; row < grid.size(); row++) {
            names.add(grid.getRow(row).preferredName());
        }
        return names;
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    private long count(String provider, String condition) {
        return jdbc.queryForObject("select count(*) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = ?" + condition, Long.class, provider);
    }
}
