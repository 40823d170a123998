package app.involvement.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.payments.ClaimFixture;
import app.involvement.payments.ClaimFixture.Held;
import app.involvement.payments.ExpenseCategory;
import app.involvement.pool.PaymentChoice;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner's claim pages as a partner uses them: the list with what to do next, the tax year with benefits
 * signposting, choosing how to be paid, adding and removing a cost (bad amounts caught in the form), the
 * declaration, sending, a claim sent back with its reason, and nobody else's claim.
 */
class MyClaimsViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void myClaims_listsEachClaimWithWhatToDoNext_andTheTaxYearWithAdviceSignposts() {
        Held draftSession = ClaimFixture.heldSession(jdbc, "NBU", "Draft panel");
        Held sentSession = ClaimFixture.heldSession(jdbc, "NBU", "Sent panel");
        Long draft = ClaimFixture.draft(jdbc, draftSession, DemoLogins.NB_PARTNER, "NBU");
        Long sent = ClaimFixture.draft(jdbc, sentSession, DemoLogins.NB_PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, sent, PaymentChoice.FEE, 5_500, 0, Instant.now().minusSeconds(86_400 * 30L));
        Long carers = ClaimFixture.draft(jdbc, draftSession, DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate(MyClaimsView.class);
            var rows = find(UnorderedList.class).withId("my-claims-list").single().getChildren()
                    .map(c -> c.getElement().getTextRecursively()).toList();
            assertThat(rows).anyMatch(t -> t.contains("Draft panel") && t.contains("Where it is: Not sent yet")
                    && t.contains("Add your costs and send it."));
            assertThat(rows).anyMatch(t -> t.contains("Sent panel") && t.contains("Where it is: Sent")
                    && t.contains("Total: £55.00") && t.contains("We aim to pay by")
                    && t.contains("This is late. We are sorry for the wait."));
            assertThat(find(RouterLink.class).all()).extracting(RouterLink::getHref)
                    .contains("my-claims/" + draft, "my-claims/" + sent).doesNotContain("my-claims/" + carers);
            String year = find(Div.class).withId("tax-year").single().getElement().getTextRecursively();
            assertThat(year).contains("The tax year runs from 6 April", "to 5 April", "This is information, not advice.");
            assertThat(find(UnorderedList.class).withId("tax-year-advice").single().getChildren().count()).isEqualTo(3);
            assertThat(find(Anchor.class).all()).extracting(Anchor::getText).anyMatch(t -> t.startsWith("Statement for "));
        });
    }

    @Test
    void theTaxYearWarning_showsOnceTheProvidersThresholdIsReached() {
        Long tenant = ClaimFixture.tenantOf(jdbc, "NBU");
        Long before = ClaimFixture.threshold(jdbc, tenant, 1L);
        try {
            Long paid = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Paid panel"),
                    DemoLogins.NB_PARTNER, "NBU");
            ClaimFixture.submitted(jdbc, paid, PaymentChoice.FEE, 100, 0, Instant.now());
            ClaimFixture.paid(jdbc, paid, LocalDate.now());
            as(DemoLogins.NB_PARTNER, () -> {
                UI.getCurrent().navigate(MyClaimsView.class);
                assertThat(find(Paragraph.class).withId("tax-year-warning").single().getText())
                        .startsWith("Your fees and vouchers this tax year have reached £0.01.");
            });
            ClaimFixture.threshold(jdbc, tenant, null);
            as(DemoLogins.NB_PARTNER, () -> {
                UI.getCurrent().navigate("");
                UI.getCurrent().navigate(MyClaimsView.class);
                assertThat(find(Paragraph.class).withId("tax-year-warning").all()).isEmpty();
            });
        } finally {
            ClaimFixture.threshold(jdbc, tenant, before);
        }
    }

    @Test
    void aDraft_isCompletedAndSent_fromTheClaimPage() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Phone panel");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-claims/" + claim);
            assertThat(getCurrentView()).isInstanceOf(MyClaimView.class);
            assertThat(find(Paragraph.class).withId("route-benefits").single().getText())
                    .contains("a fee or voucher may affect them");
            RouteChoice route = find(RouteChoice.class).single();
            route.route.setValue(PaymentChoice.FEE);
            test(route.save).click();
            assertThat(total()).isEqualTo("£55.00");

            ExpenseForm form = find(ExpenseForm.class).single();
            form.category.setValue(ExpenseCategory.PUBLIC_TRANSPORT);
            test(form.description).setValue("Bus to the university");
            form.amount.setValue(new BigDecimal("0"));
            test(form.add).click();
            assertThat(form.amount.isInvalid()).isTrue();
            assertThat(form.amount.getErrorMessage()).isEqualTo("Enter an amount above £0 and up to £1,000.00");
            form.amount.setValue(new BigDecimal("3.456"));
            test(form.add).click();
            assertThat(form.amount.getErrorMessage()).isEqualTo("Use pounds and pence, with at most two figures after the point");
            assertThat(lines(claim)).isZero();
            form.amount.setValue(new BigDecimal("4.20"));
            test(form.add).click();
            assertThat(lines(claim)).isEqualTo(1);
            assertThat(total()).isEqualTo("£59.20");
            assertThat(find(UnorderedList.class).withId("expense-list").single().getElement().getTextRecursively())
                    .contains("Bus, train or tram: £4.20", "Bus to the university", "No receipt");

            ExpenseForm again = find(ExpenseForm.class).single();
            again.category.setValue(ExpenseCategory.TAXI);
            assertThat(again.priorApproval.isVisible()).isTrue();
            again.amount.setValue(new BigDecimal("12.00"));
            test(again.add).click();
            assertThat(again.priorApproval.isInvalid()).as("a taxi needs to have been agreed").isTrue();
            again.category.setValue(ExpenseCategory.MILEAGE);
            assertThat(again.amount.isVisible()).isFalse();
            assertThat(again.miles.isVisible()).isTrue();
            again.miles.setValue(20);
            test(again.add).click();
            assertThat(total()).as("20 miles at 45p").isEqualTo("£68.20");
            Long mileage = jdbc.queryForObject("select id from claim_expense where claim_id = ? and category = 'MILEAGE'",
                    Long.class, claim);
            test(find(Button.class).withId("expense-remove-" + mileage).single()).click();
            assertThat(total()).isEqualTo("£59.20");

            test(find(Button.class).withId("claim-submit").single()).click();
            assertThat(find(Checkbox.class).withId("claim-declaration").single().isInvalid()).isTrue();
            assertThat(status(claim)).isEqualTo("DRAFT");
            test(find(Checkbox.class).withId("claim-declaration").single()).click();
            test(find(Button.class).withId("claim-submit").single()).click();
            assertThat(find(Span.class).withId("claim-status").single().getText()).isEqualTo("Sent");
            assertThat(find(ExpenseForm.class).all()).as("nothing to change once sent").isEmpty();
            assertThat(find(Button.class).withId("claim-submit").all()).isEmpty();
            assertThat(find(Button.class).withText("Remove").all()).isEmpty();
        });
        assertThat(status(claim)).isEqualTo("SUBMITTED");
    }

    @Test
    void aClaimSentBack_showsWhy_andCanBeSentAgain() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "Returned panel");
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, claim, PaymentChoice.FEE, 5_500, 0, Instant.now());
        ClaimFixture.rejected(jdbc, claim, "Please add the parking receipt.");
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-claims/" + claim);
            assertThat(find(Paragraph.class).withId("claim-rejection-reason").single().getText())
                    .isEqualTo("Please add the parking receipt.");
            assertThat(find(Span.class).withId("claim-status").single().getText()).isEqualTo("Sent back");
            test(find(Checkbox.class).withId("claim-declaration").single()).click();
            test(find(Button.class).withText("Send my claim again").single()).click();
            assertThat(find(Span.class).withId("claim-status").single().getText()).isEqualTo("Sent");
        });
        assertThat(status(claim)).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherPartnersOrProvidersClaim_isNotFound() {
        Long carers = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "NBU", "Carer panel"),
                DemoLogins.NB_CARER, "NBU");
        Long southmoor = ClaimFixture.draft(jdbc, ClaimFixture.heldSession(jdbc, "SMC", "Southmoor panel"),
                DemoLogins.SM_PARTNER, "SMC");
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-claims/" + carers);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("my-claims/" + southmoor);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Long.class,
                "claim " + carers)).isEqualTo(1);
    }

    private String total() {
        return find(Span.class).withId("claim-total").single().getText();
    }

    private long lines(Long claim) {
        return jdbc.queryForObject("select count(*) from claim_expense where claim_id = ?", Long.class, claim);
    }

    private String status(Long claim) {
        return jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim);
    }
}
