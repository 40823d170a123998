package app.involvement.payments.ui;

import app.involvement.payments.MyClaims;
import app.involvement.payments.TaxYear;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Downloads of the yearly statement (PDF, in the page's language) for this tax year and the one before. */
class StatementLinks extends Div {

    StatementLinks(MyClaims myClaims) {
        addClassName("statement-links");
        var heading = new H2(getTranslation("my-claims.statement.heading"));
        heading.setId("statement-heading");
        var list = new UnorderedList();
        list.setId("statement-links");
        list.getElement().setAttribute("aria-labelledby", "statement-heading");
        TaxYear now = TaxYear.of(LocalDate.now(UkFormats.UK_TIME));
        Language language = Language.of(ClaimTexts.locale());
        for (TaxYear year : new TaxYear[] {now, new TaxYear(now.startYear() - 1)}) {
            DownloadHandler pdf = event -> {
                byte[] content = myClaims.statement(year, language);
                event.setFileName("statement-" + year.startYear() + ".pdf");
                event.setContentType("application/pdf");
                event.setContentLength(content.length);
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                try (var out = event.getOutputStream()) {
                    out.write(content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            var link = new Anchor(pdf, getTranslation("my-claims.statement.link", year.label()));
            link.setId("statement-" + year.startYear());
            list.add(new ListItem(link));
        }
        add(heading, new Paragraph(getTranslation("my-claims.statement.lead")), list);
    }
}
