package app.involvement.payments.internal;

import app.involvement.pool.PaymentChoice;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A payment run as CSV for payroll or accounts payable, in the layout of {@code docs/payment-run-csv.md}: UTF-8 with
 * a byte-order mark, comma separated, CRLF, a header row, one row per claim. Money is plain decimal pounds ("12.50"),
 * dates ISO ("2026-04-05"). A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so it is shown as text and never run.
 */
final class RunCsv {

    static final List<String> HEADER = List.of("run", "claim", "partner_reference", "partner_name", "payment_route",
            "fee", "expenses", "voucher", "total", "session", "session_date", "submitted_on", "authorised_on",
            "paid_on", "payment_reference");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new)).get();

    /** One claim of the run as it is written. */
    record Line(Long runId, Long claimId, Long partnerId, String partnerName, PaymentChoice route, long feePence,
            long expensesPence, long voucherPence, String sessionTitle, LocalDate heldOn, Instant submittedAt,
            Instant authorisedAt, LocalDate paidOn, String paymentReference) {
    }

    private RunCsv() {
    }

    static byte[] write(List<Line> lines) {
        var text = new StringWriter();
        try (var printer = new CSVPrinter(text, FORMAT)) {
            for (Line line : lines) {
                printer.printRecord(cells(line).stream().map(RunCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    /** The partner's reference in payroll: "P" and the portal's id of the partner. */
    static String partnerReference(Long partnerId) {
        return "P" + partnerId;
    }

    /** A cell a spreadsheet would take for a formula, made plain text by a leading apostrophe. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    private static List<String> cells(Line line) {
        return List.of("R" + line.runId(), "C" + line.claimId(), partnerReference(line.partnerId()),
                text(line.partnerName()), line.route() == null ? "" : line.route().name(), pounds(line.feePence()),
                pounds(line.expensesPence()), pounds(line.voucherPence()),
                pounds(line.feePence() + line.expensesPence() + line.voucherPence()), text(line.sessionTitle()),
                iso(line.heldOn()), iso(line.submittedAt()), iso(line.authorisedAt()), iso(line.paidOn()),
                text(line.paymentReference()));
    }

    private static String pounds(long pence) {
        return Money.toPounds(pence).toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The UK day of an instant. */
    private static String iso(Instant at) {
        return at == null ? "" : at.atZone(UkFormats.UK_TIME).toLocalDate().toString();
    }
}
