package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.SessionTestData;
import app.involvement.tenancy.TenantContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 11 end to end in the browser: after a session the demo service user, on a 360 px phone, chooses to be paid
 * a fee, adds a bus fare with a PDF receipt, ticks the declaration and sends the claim; the coordinator approves it;
 * finance authorises it, puts it (and only it) in a new payment run, exports the run and marks it paid; the service
 * user sees "Paid". The session and its completion (issue 10's journey) are set up through the sessions service.
 */
class PaymentJourneyBrowserIT extends BrowserTestBase {

    private static final String FARE = "4.60";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Attendances attendances;
    @Autowired
    private AuthenticationProvider authenticationProvider;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @Test
    void partnerSendsAClaimOnAPhone_staffApproveAuthoriseAndPay_partnerSeesPaid() throws IOException {
        String title = "Claim journey " + System.nanoTime() % 100000;
        Long claim = claimAfterSession(title);

        // the service user sends the claim from a phone, with a receipt
        driver.manage().window().setSize(PHONE);
        loginAs(DemoLogins.NB_PARTNER);
        open("my-claims");
        pageHeading();
        press(claimLink(title));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals("my-claims/" + claim));
        pageHeading();
        chooseRadio("route-options", t("pool.payment.FEE"));
        press(waitFor(By.id("route-save")));
        new WebDriverWait(driver, WAIT).until(d -> "FEE".equals(column(claim, "route")));

        chooseRadio("expense-category", t("expense.category.PUBLIC_TRANSPORT"));
        type(waitFor(By.cssSelector("#expense-description > input")), "Return bus fare");
        type(waitFor(By.cssSelector("#expense-amount > input")), FARE);
        uploadReceipt();
        waitFor(By.id("expense-receipt-ready"));
        press(waitFor(By.id("expense-add")));
        new WebDriverWait(driver, WAIT).until(d -> receipts(claim) == 1);
        assertThat(jdbc.queryForObject("select amount_pence from claim_expense where claim_id = ?", Long.class, claim))
                .isEqualTo(460L);

        press(waitFor(By.cssSelector("#claim-declaration")));
        press(waitFor(By.id("claim-submit")));
        new WebDriverWait(driver, WAIT).until(d -> "SUBMITTED".equals(column(claim, "status")));
        noSidewaysScrolling();
        logout();

        // the coordinator approves it
        driver.manage().window().setSize(DESKTOP);
        loginAs(DemoLogins.NB_COORDINATOR);
        open("payment-claims/" + claim);
        pageHeading();
        press(waitFor(By.id("claim-approve")));
        new WebDriverWait(driver, WAIT).until(d -> "APPROVED".equals(column(claim, "status")));
        logout();

        // finance authorises it, puts it in a run, exports the run and marks it paid
        loginAs(DemoLogins.NB_FINANCE);
        open("payment-claims/" + claim);
        pageHeading();
        press(waitFor(By.id("claim-authorise")));
        new WebDriverWait(driver, WAIT).until(d -> "AUTHORISED".equals(column(claim, "status")));
        open("payment-runs");
        pageHeading();
        tickRow("runs-ready-grid", title);
        press(waitFor(By.id("runs-create")));
        new WebDriverWait(driver, WAIT).until(d -> currentPath().matches("payment-runs/[0-9]+"));
        Long run = Long.valueOf(currentPath().substring("payment-runs/".length()));
        assertThat(jdbc.queryForList("select id from payment_claim where run_id = ?", Long.class, run))
                .as("only the journey's claim is in the run").containsExactly(claim);
        press(waitFor(By.id("run-export")));
        press(buttonWithText("vaadin-button", t("runs.export.confirm.ok")));
        new WebDriverWait(driver, WAIT).until(d -> "EXPORTED".equals(
                jdbc.queryForObject("select status from payment_run where id = ?", String.class, run)));
        type(waitFor(By.cssSelector("#run-paid-reference > input")), "BACS-JOURNEY-" + run);
        press(waitFor(By.id("run-paid-submit")));
        new WebDriverWait(driver, WAIT).until(d -> "PAID".equals(column(claim, "status")));
        assertThat(column(claim, "payment_reference")).isEqualTo("BACS-JOURNEY-" + run);
        logout();

        // the service user sees it paid
        driver.manage().window().setSize(PHONE);
        loginAs(DemoLogins.NB_PARTNER);
        open("my-claims");
        pageHeading();
        WebElement row = claimLink(title).findElement(By.xpath("./ancestor::li[1]"));
        assertThat(row.getText()).contains(t("my-claims.row.status", t("claim.status.PAID")));
        press(claimLink(title));
        pageHeading();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(t("claim.status.PAID"));
        noSidewaysScrolling();
        logout();
    }

    // ------------------------------------------------------------------------------------------
    // Set-up: a session held yesterday, the service user attended, completed by the coordinator

    private Long claimAfterSession(String title) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        Long session = SessionTestData.insert(jdbc, "NBU", yesterday, title, 1, 2, "INVOLVEMENT");
        Long sam = jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " join provider v on v.id = p.tenant_id where v.short_code = 'NBU' and u.email = ?", Long.class,
                DemoLogins.NB_PARTNER);
        jdbc.update("update partner set status = 'ACTIVE' where id = ?", sam);
        Long offer = SessionTestData.offer(jdbc, session, sam, "CONFIRMED");
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        var auth = DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_COORDINATOR);
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            TenantContext.runAs(DemoLogins.user(auth).activeTenantId().orElseThrow(), () -> {
                attendances.record(session, Map.of(offer, Attendance.ATTENDED));
                attendances.complete(session);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        return jdbc.queryForObject("select id from payment_claim where session_id = ? and partner_id = ?", Long.class,
                session, sam);
    }

    // ------------------------------------------------------------------------------------------
    // Steps

    /** The link to the claim for this session on My claims. */
    private WebElement claimLink(String title) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("a[href^='my-claims/']"))
                .stream().filter(a -> a.isDisplayed() && a.getText().contains(title)).findFirst().orElse(null));
    }

    /** Clicks the radio button with this label in the group, as a person tapping it would. */
    private void chooseRadio(String groupId, String label) {
        WebElement radio = new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                By.cssSelector("#" + groupId + " vaadin-radio-button")).stream()
                .filter(r -> r.isDisplayed() && r.getText().trim().startsWith(label)).findFirst().orElse(null));
        press(radio);
        new WebDriverWait(driver, WAIT).until(d -> radio.getAttribute("checked") != null);
    }

    /** A one-page PDF receipt chosen in the upload's file field (the content, not the name, makes it a PDF). */
    private void uploadReceipt() throws IOException {
        Path file = Files.createTempFile("bus-ticket-", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages"
                + " /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
        file.toFile().deleteOnExit();
        WebElement upload = waitFor(By.id("expense-receipt"));
        Object input = js().executeScript("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, upload);
        WebElement field = input instanceof WebElement element ? element
                : findInShadow(upload.getShadowRoot(), "input[type=file]");
        field.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    private static WebElement findInShadow(SearchContext root, String css) {
        return root.findElement(By.cssSelector(css));
    }

    /** Ticks the row of the (multi-select) grid that shows this text, scrolling it into view. */
    private void tickRow(String gridId, String text) {
        WebElement grid = waitFor(By.id(gridId));
        waitForGridRows();
        WebElement box = new WebDriverWait(driver, WAIT).until(d -> {
            Object found = js().executeScript("""
                    const grid = arguments[0], text = arguments[1];
                    const find = () => {
                        for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                            if (row.hidden) continue;
                            const cells = [...row.querySelectorAll('td slot')]
                                .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]'))
                                .filter(c => c);
                            if (cells.some(c => c.textContent.includes(text))) {
                                return cells.map(c => c.querySelector('vaadin-checkbox')).find(b => b) || null;
                            }
                        }
                        return null;
                    };
                    let box = find();
                    for (let i = 0; !box && i < grid.size; i += 4) {
                        grid.scrollToIndex(i);
                        grid.requestContentUpdate();
                        box = find();
                    }
                    return box;
                    """, grid, text);
            return found instanceof WebElement element ? element : null;
        });
        press(box);
    }

    private void noSidewaysScrolling() {
        assertThat((Long) js().executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo((long) PHONE.width);
    }

    private void press(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    private void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        waitForVaadin();
    }

    // ------------------------------------------------------------------------------------------
    // Data

    private String column(Long claim, String column) {
        return jdbc.queryForObject("select " + column + " from payment_claim where id = ?", String.class, claim);
    }

    private long receipts(Long claim) {
        return jdbc.queryForObject("select count(*) from claim_expense where claim_id = ? and receipt is not null",
                Long.class, claim);
    }
}
