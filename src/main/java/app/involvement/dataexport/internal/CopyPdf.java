package app.involvement.dataexport.internal;

import app.involvement.dataexport.DataExportLimits;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.TaggedPdf;
import app.involvement.shared.UkFormats;
import app.involvement.shared.privacy.PersonalDataField;
import app.involvement.shared.privacy.PersonalDataFile;
import app.involvement.shared.privacy.PersonalDataSection;
import java.util.List;

/**
 * The readable copy: one heading per kind of data, each record a small table of label and value, in the reader's
 * language, as a tagged PDF (PDF/UA: headings, row header cells, a title and the document language) with the font
 * embedded so Welsh letters print. Made with openhtmltopdf from XHTML, as the evidence pack is (DD042).
 */
final class CopyPdf {

    private CopyPdf() {
    }

    static byte[] write(PersonalCopy copy) {
        return TaggedPdf.render(html(copy));
    }

    static String html(PersonalCopy copy) {
        var t = new BundleTexts(copy.language());
        String title = t.get("export.pdf.title", copy.providerName());
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(copy.language().code())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(TaggedPdf.escape(title))
                .append("</title><meta name=\"subject\" content=\"").append(TaggedPdf.escape(t.get("export.pdf.subject")))
                .append("\"/><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(TaggedPdf.escape(title)).append("</h1>")
                .append(p(t.get("export.pdf.made", UkFormats.dateTime(copy.madeAt(), copy.language().locale()))))
                .append(p(t.get("export.pdf.about")));
        for (PersonalDataSection section : copy.sections()) {
            html.append("<h2>").append(TaggedPdf.escape(section.title())).append("</h2>");
            if (section.records().isEmpty()) {
                html.append(p(t.get("export.pdf.nothing")));
            }
            for (List<PersonalDataField> record : section.records()) {
                record(html, record);
            }
        }
        if (!copy.files().isEmpty()) {
            html.append("<h2>").append(TaggedPdf.escape(t.get("export.pdf.files"))).append("</h2><ul>");
            for (String name : CopyZip.fileNames(copy.files())) {
                html.append("<li>").append(TaggedPdf.escape(name)).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    private static void record(StringBuilder html, List<PersonalDataField> record) {
        html.append("<table><tbody>");
        for (PersonalDataField field : record) {
            html.append("<tr><th scope=\"row\">").append(TaggedPdf.escape(field.label())).append("</th><td>")
                    .append(TaggedPdf.escape(cut(field.value()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String cut(String value) {
        return value.length() > DataExportLimits.PDF_VALUE_CHARS
                ? value.substring(0, DataExportLimits.PDF_VALUE_CHARS) + "…" : value;
    }

    private static String p(String text) {
        return "<p>" + TaggedPdf.escape(text) + "</p>";
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'Liberation Sans'; font-size: 10pt; color: #000; }
            h1 { font-size: 18pt; font-weight: normal; margin: 0 0 5mm 0; }
            h2 { font-size: 14pt; font-weight: normal; margin: 8mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 1mm 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm 0; page-break-inside: avoid; }
            th, td { border-bottom: 0.5pt solid #555; padding: 1.5mm 1mm; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            th { font-weight: normal; background: #eee; width: 35%; }
            """;
}
