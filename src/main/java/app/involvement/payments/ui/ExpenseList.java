package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimEditing;
import app.involvement.payments.ExpenseLine;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.StoredFile;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A claim's costs, one under another for a phone: what, how much, the day, miles, who agreed a taxi, and the
 * receipt (a download, read through the service when asked for) or "no receipt". With {@code removable} each line
 * has a Remove button; {@code changed} runs after a line is removed. Used by the partner and by staff editing on
 * a partner's behalf, each with their own service.
 */
public class ExpenseList extends Div {

    private final ClaimEditing editing;
    private final Long claimId;
    private final Runnable changed;

    public ExpenseList(ClaimEditing editing, ClaimDetails claim, boolean removable, Runnable changed) {
        this.editing = editing;
        this.claimId = claim.id();
        this.changed = changed;
        addClassName("expense-list");
        var heading = new H2(getTranslation("my-claims.expenses.heading"));
        heading.setId("expense-list-heading");
        add(heading);
        if (claim.expenses().isEmpty()) {
            var none = new Paragraph(getTranslation("my-claims.expenses.none"));
            none.setId("expense-list-none");
            add(none);
            return;
        }
        var list = new UnorderedList();
        list.setId("expense-list");
        list.getElement().setAttribute("aria-labelledby", "expense-list-heading");
        claim.expenses().forEach(line -> list.add(line(line, removable)));
        add(list);
    }

    private ListItem line(ExpenseLine line, boolean removable) {
        String what = ClaimTexts.category(this, line.category());
        String amount = ClaimTexts.money(this, line.amountPence());
        var title = new Span(getTranslation("my-claims.expenses.amount", what, amount));
        title.addClassName("expense-line-title");
        var item = new ListItem(title);
        item.addClassName("expense-line");
        if (line.description() != null) {
            item.add(new Paragraph(line.description()));
        }
        item.add(new Paragraph(getTranslation("my-claims.expenses.day", ClaimTexts.day(this, line.spentOn()))));
        if (line.miles() != null) {
            item.add(new Paragraph(getTranslation("my-claims.expenses.miles", line.miles())));
        }
        if (line.priorApproval() != null) {
            item.add(new Paragraph(getTranslation("my-claims.expenses.approved-by", line.priorApproval())));
        }
        item.add(new Paragraph(receipt(line)));
        if (removable) {
            var remove = new Button(getTranslation("my-claims.expenses.remove"), e -> remove(line));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("my-claims.expenses.remove-of", what, amount));
            remove.setId("expense-remove-" + line.id());
            item.add(remove);
        }
        return item;
    }

    private Component receipt(ExpenseLine line) {
        if (!line.hasReceipt()) {
            return new Span(getTranslation("my-claims.expenses.no-receipt"));
        }
        Long lineId = line.id();
        DownloadHandler download = event -> {
            StoredFile file = editing.receipt(claimId, lineId).orElseThrow();
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new Anchor(download, getTranslation("my-claims.expenses.receipt", line.receiptName()));
    }

    private void remove(ExpenseLine line) {
        try {
            editing.removeExpense(claimId, line.id());
            Notices.success(getTranslation("my-claims.expenses.removed"));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
        changed.run();
    }
}
