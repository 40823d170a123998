package app.involvement.payments.internal;

import app.involvement.payments.ClaimRow;
import app.involvement.payments.TaxYear;
import app.involvement.shared.Language;
import app.involvement.shared.Money;
import app.involvement.shared.TaggedPdf;
import app.involvement.shared.UkFormats;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * A partner's statement of what was paid to them in one UK tax year (fees, vouchers and costs paid back, claim by
 * claim, with totals), as a tagged PDF (PDF/UA, so screen readers can read it) in their language, with the texts
 * of the page bundles. Made with openhtmltopdf from XHTML; the font is embedded so Welsh letters (ŵ, ŷ) print.
 */
@Component
class AnnualStatement {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Clock clock;

    AnnualStatement(Clock clock) {
        this.clock = clock;
    }

    byte[] pdf(String partnerName, String provider, TaxYear year, List<ClaimRow> paid, Language language) {
        return TaggedPdf.render(html(partnerName, provider, year, paid, new Texts(language)));
    }

    private String html(String partnerName, String provider, TaxYear year, List<ClaimRow> paid, Texts t) {
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(t.language.code()).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(t.get("my-claims.pdf.title")).append(' ').append(year.label())
                .append("</title><meta name=\"subject\" content=\"").append(t.get("my-claims.pdf.title"))
                .append("\"/><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(t.get("my-claims.pdf.title")).append("</h1>")
                .append(p(t.get("my-claims.pdf.for", partnerName)))
                .append(p(t.get("my-claims.pdf.from", provider)))
                .append(p(t.get("my-claims.pdf.year", year.label(), t.day(year.from()), t.day(year.to()))));
        if (paid.isEmpty()) {
            html.append(p(t.get("my-claims.pdf.none")));
        } else {
            html.append("<table><thead><tr>");
            for (String key : List.of("session", "held", "paid", "fee", "voucher", "expenses", "total")) {
                html.append("<th scope=\"col\">").append(t.get("my-claims.pdf." + key)).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            long fees = 0;
            long vouchers = 0;
            long expenses = 0;
            for (ClaimRow c : paid) {
                html.append("<tr><td>").append(TaggedPdf.escape(c.sessionTitle())).append("</td><td>").append(t.day(c.heldOn()))
                        .append("</td><td>").append(t.day(c.paidOn())).append("</td>").append(money(t, c.feePence()))
                        .append(money(t, c.voucherPence())).append(money(t, c.expensesPence()))
                        .append(money(t, c.totalPence())).append("</tr>");
                fees += c.feePence();
                vouchers += c.voucherPence();
                expenses += c.expensesPence();
            }
            html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"3\">").append(t.get("my-claims.pdf.totals"))
                    .append("</th>").append(money(t, fees)).append(money(t, vouchers)).append(money(t, expenses))
                    .append(money(t, fees + vouchers + expenses)).append("</tr></tfoot></table>");
        }
        html.append(p(t.get("my-claims.pdf.note")))
                .append(p(t.get("my-claims.pdf.made", t.day(LocalDate.now(clock.withZone(UkFormats.UK_TIME))))))
                .append("</body></html>");
        return html.toString();
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    private static String money(Texts t, long pence) {
        return "<td class=\"money\">" + TaggedPdf.escape(Money.format(pence, t.language.locale())) + "</td>";
    }

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 15mm; }
            body { font-family: 'Liberation Sans'; font-size: 10pt; color: #000; }
            h1 { font-size: 18pt; font-weight: normal; margin: 0 0 6mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 6mm 0; }
            th, td { border-bottom: 0.5pt solid #555; padding: 2mm 1mm; text-align: left; vertical-align: top; }
            th { font-weight: normal; background: #eee; }
            .money { text-align: right; white-space: nowrap; }
            """;

    /** The page bundle's texts in one language, escaped for XHTML. */
    private static final class Texts {

        private final Language language;
        private final ResourceBundle bundle;

        Texts(Language language) {
            this.language = language;
            this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... args) {
            String text = bundle.getString(key);
            return TaggedPdf.escape(args.length == 0 ? text : new MessageFormat(text, language.locale()).format(args));
        }

        String day(LocalDate day) {
            return UkFormats.longDate(day, language.locale());
        }
    }
}
