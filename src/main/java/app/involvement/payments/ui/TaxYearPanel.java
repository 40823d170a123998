package app.involvement.payments.ui;

import app.involvement.payments.TaxYear;
import app.involvement.payments.TaxYearTotal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The partner's fees and vouchers in this UK tax year (paid and on the way), a gentle warning once they reach the
 * provider's threshold, and where to get free, independent benefits advice. Information, not advice.
 */
class TaxYearPanel extends Div {

    /** Free, independent advice on benefits: the text key's last part and the address. */
    private static final Map<String, String> ADVICE = new LinkedHashMap<>();

    static {
        ADVICE.put("citizens-advice", "https://www.citizensadvice.org.uk/benefits/");
        ADVICE.put("turn2us", "https://benefits-calculator.turn2us.org.uk/");
        ADVICE.put("gov", "https://www.gov.uk/report-benefits-change-circumstances");
    }

    TaxYearPanel(TaxYearTotal total) {
        addClassName("tax-year-panel");
        setId("tax-year");
        var heading = new H2(getTranslation("my-claims.year.heading", TaxYear.of(total.from()).label()));
        heading.setId("tax-year-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "tax-year-heading");
        var sum = new Paragraph(getTranslation("my-claims.year.total", ClaimTexts.money(this, total.totalPence())));
        sum.setId("tax-year-total");
        sum.addClassName("tax-year-total");
        add(heading, new Paragraph(getTranslation("my-claims.year.dates", ClaimTexts.day(this, total.from()),
                ClaimTexts.day(this, total.to()))),
                new Paragraph(getTranslation("my-claims.year.paid", ClaimTexts.money(this, total.paidPence()))),
                new Paragraph(getTranslation("my-claims.year.on-the-way", ClaimTexts.money(this, total.onTheWayPence()))),
                sum, new Paragraph(getTranslation("my-claims.year.expenses")));
        if (total.thresholdReached()) {
            var warning = new Paragraph(getTranslation("my-claims.year.warning",
                    ClaimTexts.money(this, total.thresholdPence())));
            warning.setId("tax-year-warning");
            warning.addClassName("tax-year-warning");
            add(warning);
        }
        add(new Paragraph(getTranslation("my-claims.year.signpost")), advice(),
                new Paragraph(getTranslation("my-claims.year.info")));
    }

    private UnorderedList advice() {
        var list = new UnorderedList();
        list.setId("tax-year-advice");
        for (var where : ADVICE.entrySet()) {
            var link = new Anchor(where.getValue(), getTranslation("my-claims.year." + where.getKey()));
            link.getElement().setAttribute("rel", "noreferrer");
            list.add(new ListItem(link));
        }
        return list;
    }
}
