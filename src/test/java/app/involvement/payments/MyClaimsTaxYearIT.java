package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.payments.ClaimFixture.Held;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Language;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partner's tax-year total of fees and vouchers (paid by the day paid, on the way by the session day) at the
 * 5/6 April boundary, the provider's threshold, and the yearly statement read back from the PDF in both languages.
 */
class MyClaimsTaxYearIT extends IntegrationTestBase {

    @Autowired
    private MyClaims myClaims;

    @Test
    void paymentsOnTheFifthAndSixthOfApril_fallInDifferentTaxYears() {
        int year = 2004 + (int) (System.nanoTime() % 9);
        LocalDate fifth = LocalDate.of(year, 4, 5);
        LocalDate sixth = LocalDate.of(year, 4, 6);
        TaxYearTotal endBefore = mine(fifth);
        TaxYearTotal startBefore = mine(sixth);
        paidClaim("Paid on the fifth", PaymentChoice.FEE, 5_000, 700, fifth);
        paidClaim("Paid on the sixth", PaymentChoice.VOUCHER, 3_000, 300, sixth);
        TaxYearTotal end = mine(fifth);
        TaxYearTotal start = mine(sixth);
        assertThat(end.from()).isEqualTo(LocalDate.of(year - 1, 4, 6));
        assertThat(end.to()).isEqualTo(fifth);
        assertThat(start.from()).isEqualTo(sixth);
        assertThat(end.paidPence() - endBefore.paidPence()).as("the fee paid on 5 April, without its expenses")
                .isEqualTo(5_000);
        assertThat(start.paidPence() - startBefore.paidPence()).as("the voucher paid on 6 April").isEqualTo(3_000);
    }

    @Test
    void claimsOnTheWay_countByTheSessionDay_andDraftsDoNot() {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", "On the way");
        Held other = ClaimFixture.heldSession(jdbc, "NBU", "Still a draft");
        TaxYearTotal before = mine(held.heldOn());
        ClaimFixture.submitted(jdbc, ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU"), PaymentChoice.FEE,
                4_200, 0, Instant.now());
        Long draft = ClaimFixture.draft(jdbc, other, DemoLogins.NB_PARTNER, "NBU");
        jdbc.update("update payment_claim set route = 'FEE', fee_pence = 9999 where id = ?", draft);
        TaxYearTotal after = mine(held.heldOn());
        assertThat(after.onTheWayPence() - before.onTheWayPence()).isEqualTo(4_200);
        assertThat(after.paidPence()).isEqualTo(before.paidPence());
    }

    @Test
    void theProvidersThreshold_bringsTheGentleWarning() {
        Long tenant = providerId("NBU");
        LocalDate today = LocalDate.now();
        long soFar = mine(today).totalPence();
        Long before = ClaimFixture.threshold(jdbc, tenant, soFar + 1);
        try {
            assertThat(mine(today).thresholdReached()).isFalse();
            ClaimFixture.threshold(jdbc, tenant, Math.max(1, soFar));
            paidClaim("Over the threshold", PaymentChoice.FEE, 100, 0, today);
            TaxYearTotal total = mine(today);
            assertThat(total.thresholdPence()).isEqualTo(Math.max(1, soFar));
            assertThat(total.thresholdReached()).isTrue();
        } finally {
            ClaimFixture.threshold(jdbc, tenant, before);
        }
    }

    @Test
    void theYearlyStatement_listsWhatWasPaidInTheYear_inThePartnersLanguage() throws IOException {
        int year = 2004 + (int) (System.nanoTime() % 9);
        paidClaim("Statement interviews ŵ", PaymentChoice.FEE, 5_500, 1_234, LocalDate.of(year, 5, 1));
        paidClaim("Next year session", PaymentChoice.FEE, 7_700, 0, LocalDate.of(year + 1, 4, 6));
        String english = text(as(DemoLogins.NB_PARTNER, () -> myClaims.statement(new TaxYear(year), Language.ENGLISH)));
        assertThat(english).contains("Statement of payments and expenses", "Statement interviews ŵ", "£55.00",
                "£12.34", "£67.34", "Totals for the year", year + "–", "information, not advice")
                .doesNotContain("Next year session");
        String welsh = text(as(DemoLogins.NB_PARTNER, () -> myClaims.statement(new TaxYear(year), Language.WELSH)));
        assertThat(welsh).contains("Datganiad o daliadau a threuliau", "Cyfansymiau’r flwyddyn", "Statement interviews ŵ",
                "£55.00", "Mai").doesNotContain("Totals for the year");
        String empty = text(as(DemoLogins.NB_PARTNER, () -> myClaims.statement(new TaxYear(1990), Language.ENGLISH)));
        assertThat(empty).contains("We paid you nothing in this tax year.");
    }

    private TaxYearTotal mine(LocalDate day) {
        return as(DemoLogins.NB_PARTNER, () -> myClaims.taxYear(day));
    }

    private void paidClaim(String title, PaymentChoice route, long pence, long expenses, LocalDate paidOn) {
        Held held = ClaimFixture.heldSession(jdbc, "NBU", title);
        Long claim = ClaimFixture.draft(jdbc, held, DemoLogins.NB_PARTNER, "NBU");
        ClaimFixture.submitted(jdbc, claim, route, route == PaymentChoice.FEE ? pence : 0,
                route == PaymentChoice.VOUCHER ? pence : 0, Instant.now());
        jdbc.update("update payment_claim set expenses_pence = ? where id = ?", expenses, claim);
        ClaimFixture.paid(jdbc, claim, paidOn);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
