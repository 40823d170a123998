package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.pool.PaymentChoice;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payment-run file in the layout of docs/payment-run-csv.md, and safe to open in a spreadsheet. */
class RunCsvTest {

    private static final Instant SUBMITTED = Instant.parse("2026-04-05T22:30:00Z");
    private static final Instant AUTHORISED = Instant.parse("2026-04-10T09:00:00Z");

    @Test
    void theFile_isUtf8WithAByteOrderMark_aHeaderRow_andOneRowPerClaimInTheDocumentedOrder() throws IOException {
        byte[] file = RunCsv.write(List.of(line(7L, "Siân Ŵyn", PaymentChoice.FEE, 5000, 1250, 0, "Admissions, day 1"),
                line(8L, "Tom Jones", PaymentChoice.VOUCHER, 0, 0, 2500, "OSCE \"mock\" station")));

        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("run,claim,partner_reference,partner_name,payment_route,fee,expenses,voucher,total,"
                + "session,session_date,submitted_on,authorised_on,paid_on,payment_reference\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("R12", "C7", "P107", "Siân Ŵyn", "FEE", "50.00", "12.50",
                "0.00", "62.50", "Admissions, day 1", "2026-03-30", "2026-04-05", "2026-04-10", "2026-04-20",
                "BACS-0420");
        assertThat(records.get(2).toList()).containsExactly("R12", "C8", "P108", "Tom Jones", "VOUCHER", "0.00", "0.00",
                "25.00", "25.00", "OSCE \"mock\" station", "2026-03-30", "2026-04-05", "2026-04-10", "2026-04-20",
                "BACS-0420");
    }

    @Test
    void submissionDay_isTheUkDay_notTheUtcOne() throws IOException {
        // 23:30 UTC on 1 June is 00:30 on 2 June in London (summer time)
        var late = new RunCsv.Line(1L, 2L, 3L, "Late", PaymentChoice.FEE, 100, 0, 0, "S", LocalDate.of(2026, 6, 1),
                Instant.parse("2026-06-01T23:30:00Z"), null, null, null);
        CSVRecord row = parse(new String(RunCsv.write(List.of(late)), StandardCharsets.UTF_8).substring(1)).get(1);
        assertThat(row.get("submitted_on")).isEqualTo("2026-06-02");
        assertThat(row.get("authorised_on")).isEmpty();
        assertThat(row.get("paid_on")).isEmpty();
    }

    @Test
    void largeAmounts_arePlainDecimalPounds_neverScientificOrGrouped() throws IOException {
        var big = line(9L, "Big", PaymentChoice.FEE, 10_000_000_00L, 1, 0, "S");
        CSVRecord row = parse(new String(RunCsv.write(List.of(big)), StandardCharsets.UTF_8).substring(1)).get(1);
        assertThat(row.get("fee")).isEqualTo("10000000.00");
        assertThat(row.get("expenses")).isEqualTo("0.01");
        assertThat(row.get("total")).isEqualTo("10000000.01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+44 7700 900123", "-2+3", "@SUM(A1:A2)",
            "\tTabbed", "\rReturned"})
    void aCellThatASpreadsheetWouldRun_getsALeadingApostrophe(String dangerous) throws IOException {
        var line = new RunCsv.Line(1L, 2L, 3L, dangerous, PaymentChoice.FEE, 100, 0, 0, dangerous,
                LocalDate.of(2026, 1, 5), null, null, null, dangerous);

        CSVRecord row = parse(new String(RunCsv.write(List.of(line)), StandardCharsets.UTF_8).substring(1)).get(1);

        assertThat(row.get("partner_name")).isEqualTo("'" + dangerous);
        assertThat(row.get("session")).isEqualTo("'" + dangerous);
        assertThat(row.get("payment_reference")).isEqualTo("'" + dangerous);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mary-Jane", "O'Brien", "Smith = Jones", "a@b", " =leading space", "5 + 5"})
    void aCellThatOnlyContainsTheCharactersLaterOn_isLeftAsItIs(String harmless) {
        assertThat(RunCsv.safe(harmless)).isEqualTo(harmless);
    }

    @Test
    void emptyAndMissingCells_areEmpty() {
        assertThat(RunCsv.safe(null)).isEmpty();
        assertThat(RunCsv.safe("")).isEmpty();
    }

    private static RunCsv.Line line(Long claim, String name, PaymentChoice route, long fee, long expenses, long voucher,
            String session) {
        return new RunCsv.Line(12L, claim, 100 + claim, name, route, fee, expenses, voucher, session,
                LocalDate.of(2026, 3, 30), SUBMITTED, AUTHORISED, LocalDate.of(2026, 4, 20), "BACS-0420");
    }

    /** The header row first, then the claims; cells may be read by their column name. */
    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(RunCsv.HEADER.toArray(String[]::new)).get()
                .parse(new StringReader(text)).getRecords();
    }
}
