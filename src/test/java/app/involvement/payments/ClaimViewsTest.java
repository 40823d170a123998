package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.ui.LightRadioGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import com.vaadin.flow.component.textfield.TextArea;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim review pages as staff use them: the list with its filters and overdue flag, a claim's page with its
 * lines, receipts and steps, approving, authorising and sending back with a reason, completing a claim for a
 * partner; another provider's claim is "not found".
 */
class ClaimViewsTest extends ViewTestBase {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Attendances attendances;

    @Autowired
    private Claims claims;

    @Test
    void coordinator_findsASubmittedClaimInTheList_andOverdueOnesAreFlagged() {
        Long claim = claim("List Partner " + PaymentFixtures.unique(), true);
        jdbc.update("update payment_claim set submitted_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)), claim);
        String name = jdbc.queryForObject("select p.preferred_name from partner p join payment_claim c"
                + " on c.partner_id = p.id where c.id = ?", String.class, claim);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("payment-claims");
            long submitted = test(find(Grid.class).single()).size();
            assertThat(submitted).as("opens on the claims waiting for approval").isPositive();
            test(find(Checkbox.class).withId("claims-overdue-filter").single()).click();
            long overdue = test(find(Grid.class).single()).size();
            assertThat(overdue).isPositive().isLessThanOrEqualTo(submitted);
            UI.getCurrent().navigate("payment-claims/" + claim);
            assertThat(find(Span.class).all()).extracting(Span::getText).contains("Overdue");
            assertThat(find(Description.class).all()).extracting(Description::getText).contains(name);
        });
    }

    @Test
    void coordinator_approves_financeAuthorises_onTheClaimPage() {
        Long claim = claim("Approved Partner", true);
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            assertThat(find(Button.class).withId("claim-authorise").all()).as("not at finance's step yet").isEmpty();
            assertThat(find(Button.class).withId("claim-approve").all()).isEmpty();
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            test(find(Button.class).withId("claim-approve").single()).click();
            assertThat(find(Button.class).withId("claim-approve").all()).isEmpty();
        });
        assertThat(status(claim)).isEqualTo("APPROVED");
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            assertThat(find(Button.class).withText("Save how they are paid").all()).as("finance never edits").isEmpty();
            test(find(Button.class).withId("claim-authorise").single()).click();
            assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                    .anyMatch(t -> t.startsWith("Approved:") && t.endsWith("by " + DemoLogins.NB_COORDINATOR))
                    .anyMatch(t -> t.endsWith("by " + DemoLogins.NB_FINANCE));
        });
        assertThat(status(claim)).isEqualTo("AUTHORISED");
    }

    @Test
    void sendingBack_needsAReason_whichThePartnerSees() {
        Long claim = claim("Rejected Partner", true);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            test(find(Button.class).withId("claim-reject").single()).click();
            test(find(Button.class).withId("claim-reject-confirm").single()).click();
            var reason = find(TextArea.class).withId("claim-reject-reason").single();
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).isEqualTo("Give a reason, so the person knows what to change");
            assertThat(status(claim)).isEqualTo("SUBMITTED");
            test(reason).setValue("Please add the parking receipt");
            test(find(Button.class).withId("claim-reject-confirm").single()).click();
            assertThat(find(Description.class).all()).extracting(Description::getText)
                    .anyMatch(t -> t.endsWith("Please add the parking receipt"));
        });
        assertThat(jdbc.queryForObject("select concat(status, ':', rejection_reason) from payment_claim where id = ?",
                String.class, claim)).isEqualTo("REJECTED:Please add the parking receipt");
    }

    @Test
    void receipts_areOfferedForDownload_andALineWithoutOneSaysSo() {
        Long claim = claim("Receipt Partner", false);
        as(DemoLogins.NB_COORDINATOR, () -> {
            claims.addExpense(claim, new ExpenseInput(ExpenseCategory.PARKING, "Car park",
                    PaymentFixtures.TODAY.minusDays(1), null, 450L, null, "parking.pdf", PDF));
            claims.addExpense(claim, ClaimWorkflowIT.bus(300));
            claims.submit(claim, true);
        });
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Receipt: parking.pdf");
            assertThat(find(Span.class).all()).extracting(Span::getText).contains("No receipt");
            assertThat(find(Button.class).all()).extracting(Button::getText).as("nothing to change once sent")
                    .doesNotContain("Remove");
        });
    }

    @Test
    void coordinator_completesAndSendsADraft_forThePartner() {
        Long claim = claim("Helped Partner", false);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            @SuppressWarnings("unchecked")
            var route = (LightRadioGroup<PaymentChoice>) find(LightRadioGroup.class).withId("route-options").single();
            route.setValue(PaymentChoice.VOUCHER);
            test(find(Button.class).withId("route-save").single()).click();
            @SuppressWarnings("unchecked")
            var category = (LightRadioGroup<ExpenseCategory>) find(LightRadioGroup.class).withId("expense-category")
                    .single();
            category.setValue(ExpenseCategory.PUBLIC_TRANSPORT);
            test(find(BigDecimalField.class).withId("expense-amount").single()).setValue(new BigDecimal("4.80"));
            test(find(Button.class).withId("expense-add").single()).click();
            test(find(Button.class).withId("claim-submit").single()).click();
            assertThat(find(Checkbox.class).withId("claim-declaration").single().getErrorMessage())
                    .isEqualTo("Confirm that the claim is true and complete");
            assertThat(status(claim)).isEqualTo("DRAFT");
            test(find(Checkbox.class).withId("claim-declaration").single()).click();
            test(find(Button.class).withId("claim-submit").single()).click();
            assertThat(find(Button.class).withId("claim-approve").all()).as("the page shows the submitted claim")
                    .hasSize(1);
        });
        assertThat(jdbc.queryForObject("select concat(status, ':', route, ':', voucher_pence, ':', expenses_pence, ':',"
                + " submitted_by) from payment_claim where id = ?", String.class, claim))
                .isEqualTo("SUBMITTED:VOUCHER:3000:480:" + DemoLogins.NB_COORDINATOR);
    }

    @Test
    void anotherProvidersClaim_orAnUnknownId_isNotFound_andRecorded() {
        Long claim = claim("Hidden Partner", true);
        as(DemoLogins.SM_COORDINATOR, () -> {
            UI.getCurrent().navigate("payment-claims/" + claim);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("payment-claims/999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and actor = ? and subject = ?", Long.class, DemoLogins.SM_COORDINATOR, "claim " + claim)).isOne();
    }

    /** A Northbridge claim for a 90-minute session at £20 an hour, submitted by the lead when asked. */
    private Long claim(String partnerName, boolean submitted) {
        var nb = new PaymentFixtures(jdbc, jdbc.queryForObject("select id from provider where short_code = 'NBU'",
                Long.class));
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.PER_HOUR, 2000, null, 0);
        Long session = nb.session(day, type, 90);
        Long partner = nb.partner(partnerName, "FEE");
        Long offer = nb.place(session, partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });
        Long claim = nb.claimOf(session, partner);
        if (submitted) {
            as(DemoLogins.NB_LEAD, () -> claims.submit(claim, true));
        }
        return claim;
    }

    private String status(Long claim) {
        return jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim);
    }
}
