package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.Claims;
import app.involvement.payments.ExpenseLine;
import app.involvement.shared.StoredFile;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A claim's expense lines for staff, each with its receipt to download or "no receipt". The bytes are read only
 * when someone asks for them, through the service, which answers only the provider's staff who check claims.
 */
class ClaimLines extends UnorderedList {

    ClaimLines(ClaimDetails claim, Claims claims) {
        setId("claim-lines");
        addClassName("training-list");
        if (claim.expenses().isEmpty()) {
            add(new ListItem(getTranslation("claims.lines.none")));
        }
        claim.expenses().forEach(line -> add(item(claim.id(), line, claims)));
    }

    private ListItem item(Long claimId, ExpenseLine line, Claims claims) {
        var heading = new Span(getTranslation("claims.line", getTranslation("expense.category." + line.category()),
                ClaimTexts.money(line.amountPence())));
        var item = new ListItem(heading);
        String detail = getTranslation("claims.line.spent", UkFormats.date(line.spentOn(), getLocale()))
                + (line.miles() == null ? "" : " · " + getTranslation("claims.line.miles", line.miles()))
                + (line.description() == null ? "" : " · " + line.description())
                + (line.priorApproval() == null ? "" : " · " + getTranslation("claims.line.agreed", line.priorApproval()));
        item.add(new Paragraph(detail), receipt(claimId, line, claims));
        return item;
    }

    private Component receipt(Long claimId, ExpenseLine line, Claims claims) {
        if (!line.hasReceipt()) {
            return new Paragraph(getTranslation("claims.line.no-receipt"));
        }
        Long lineId = line.id();
        DownloadHandler download = event -> {
            StoredFile file = claims.receipt(claimId, lineId).orElseThrow();
            byte[] content = file.content();
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(content.length);
            event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        var link = new Anchor(download, getTranslation("claims.line.receipt", line.receiptName(),
                UkFormats.number(Math.max(1, Math.round(line.receiptSize() / 1024.0)), getLocale())));
        link.setId("claim-receipt-" + lineId);
        return link;
    }
}
