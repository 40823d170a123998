package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** What a claim is for and what it comes to, for staff, as terms and descriptions. */
class ClaimFacts extends DescriptionList {

    ClaimFacts(ClaimDetails c) {
        setId("claim-facts");
        addClassName("session-facts");
        fact("claims.fact.partner", c.partnerName());
        fact("claims.fact.session", getTranslation("claims.session", c.sessionTitle(),
                UkFormats.longDate(c.heldOn(), getLocale())));
        fact("claims.fact.length", getTranslation(c.onlineOnly() ? "claims.length.online" : "claims.length",
                c.durationMinutes()));
        fact("claims.fact.route", ClaimTexts.route(this, c.route()));
        if (!c.rateCardFound()) {
            fact("claims.fact.fee", getTranslation("claims.no-rate-card"));
        } else if (c.voucherPence() > 0) {
            fact("claims.fact.voucher", ClaimTexts.money(this, c.voucherPence()));
        } else {
            fact("claims.fact.fee", ClaimTexts.money(this, c.feePence()));
        }
        fact("claims.fact.expenses", ClaimTexts.money(this, c.expensesPence()));
        fact("claims.fact.total", ClaimTexts.money(this, c.totalPence()));
        var status = new Span(ClaimTexts.status(this, c.status()));
        add(new Term(getTranslation("claims.fact.status")), new Description(status));
        if (c.dueBy() != null && c.status().onTheWay()) {
            var due = new Description(UkFormats.longDate(c.dueBy(), getLocale()));
            if (c.overdue()) {
                var flag = new Span(getTranslation("claims.overdue"));
                flag.addClassName("claim-overdue");
                due.add(new Span(" "), flag);
            }
            add(new Term(getTranslation("claims.fact.due")), due);
        }
        if (c.rejectionReason() != null) {
            fact("claims.fact.rejected", getTranslation("claims.rejected-at", ClaimTexts.status(this, c.rejectedFrom()),
                    c.rejectionReason()));
        }
        if (c.paidOn() != null) {
            fact("claims.fact.paid", getTranslation("claims.paid-on", UkFormats.longDate(c.paidOn(), getLocale()),
                    c.paymentReference() == null ? "" : c.paymentReference()));
        }
    }

    private void fact(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value == null ? "" : value));
    }
}
