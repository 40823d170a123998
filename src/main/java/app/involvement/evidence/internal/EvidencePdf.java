package app.involvement.evidence.internal;

import app.involvement.evidence.EvidenceBook;
import app.involvement.evidence.EvidenceLimits;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.TaggedPdf;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceTable;
import java.util.List;

/**
 * The evidence pack's PDF: the same parts, headings and tables as the reviewer's page, in the reader's language,
 * as a tagged PDF (PDF/UA: headings, tables with header cells, a title and the document language, so screen readers
 * can read it) with the font embedded so Welsh letters (ŵ, ŷ) print. Made with openhtmltopdf from XHTML, as the
 * partner's yearly statement is (DD034).
 */
final class EvidencePdf {

    private EvidencePdf() {
    }

    static byte[] write(EvidenceBook book) {
        return TaggedPdf.render(html(book));
    }

    static String html(EvidenceBook book) {
        var t = new BundleTexts(book.language());
        var a = book.assignment();
        String title = t.get("evidence.pdf.title", a.providerName());
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(book.language().code())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(TaggedPdf.escape(title))
                .append("</title><meta name=\"subject\" content=\"").append(TaggedPdf.escape(t.get("evidence.pdf.subject")))
                .append("\"/><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(TaggedPdf.escape(title)).append("</h1>")
                .append(p(t.get("evidence.pdf.review", t.get("evidence.kind." + a.kind().name()), a.providerName())))
                .append(p(t.get("evidence.pdf.reviewer", a.reviewerName(), t.day(a.startsOn()), t.day(a.endsOn()))))
                .append(p(t.get("evidence.period", t.day(book.from()), t.day(book.to()))))
                .append(p(t.get("evidence.pseudonyms")))
                .append(p(t.get("evidence.pdf.made", t.day(book.readOn()))));
        for (EvidencePart part : EvidencePart.values()) {
            html.append("<h2>").append(TaggedPdf.escape(t.get("evidence.part." + part.name() + ".title"))).append("</h2>")
                    .append(p(t.get("evidence.part." + part.name() + ".text")));
            List<EvidenceTable> tables = book.tables(part);
            if (tables.isEmpty()) {
                html.append(p(t.get("evidence.part.empty")));
            }
            for (EvidenceTable table : tables) {
                table(html, table, t);
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void table(StringBuilder html, EvidenceTable table, BundleTexts t) {
        html.append("<h3>").append(TaggedPdf.escape(table.title())).append("</h3>");
        if (!table.description().isBlank()) {
            html.append(p(table.description()));
        }
        if (table.rows().isEmpty()) {
            html.append(p(t.get("evidence.table.empty")));
            return;
        }
        html.append("<table><thead><tr>");
        for (String column : table.columns()) {
            html.append("<th scope=\"col\">").append(TaggedPdf.escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(TaggedPdf.escape(cut(cell))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String cut(String cell) {
        return cell != null && cell.length() > EvidenceLimits.PDF_CELL_CHARS
                ? cell.substring(0, EvidenceLimits.PDF_CELL_CHARS) + "…" : cell;
    }

    private static String p(String text) {
        return "<p>" + TaggedPdf.escape(text) + "</p>";
    }

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 15mm 12mm; }
            body { font-family: 'Liberation Sans'; font-size: 9pt; color: #000; }
            h1 { font-size: 18pt; font-weight: normal; margin: 0 0 5mm 0; }
            h2 { font-size: 14pt; font-weight: normal; margin: 8mm 0 2mm 0; page-break-after: avoid; }
            h3 { font-size: 11pt; font-weight: normal; margin: 5mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 1mm 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm 0; -fs-table-paginate: paginate; }
            th, td { border-bottom: 0.5pt solid #555; padding: 1.5mm 1mm; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            th { font-weight: normal; background: #eee; }
            """;
}
