package app.involvement.evidence.internal;

import app.involvement.evidence.EvidenceBook;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every table of the evidence as one CSV file in a ZIP, named {@code 01-definitions-programmes.csv} and so on in
 * reading order: RFC 4180, UTF-8 with a byte-order mark (Excel then shows Welsh letters), the table's column
 * headings in the reader's language as the header row. A cell a spreadsheet would take for a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, as in the payment-run export (DD036).
 */
final class EvidenceCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EvidenceCsv() {
    }

    static byte[] zip(EvidenceBook book) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            int number = 0;
            for (EvidencePart part : EvidencePart.values()) {
                for (EvidenceTable table : book.tables(part)) {
                    zip.putNextEntry(new ZipEntry(fileName(++number, part, table)));
                    zip.write(BOM);
                    zip.write(csv(table).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String fileName(int number, EvidencePart part, EvidenceTable table) {
        String key = table.key().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "%02d-%s-%s.csv".formatted(number, part.name().toLowerCase(java.util.Locale.ROOT), key);
    }

    static String csv(EvidenceTable table) {
        var text = new StringWriter();
        var format = CSVFormat.RFC4180.builder().setHeader(table.columns().stream().map(EvidenceCsv::safe)
                .toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(text, format)) {
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(EvidenceCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
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
}
