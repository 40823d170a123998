package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimDetails.ClaimStep;
import app.involvement.payments.ClaimStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A claim at a glance, for the partner and for staff alike: the session, where the claim is, how it is paid, the
 * amounts, when it is due or was paid, why it was sent back, and every step so far with its day. Read only.
 */
public class ClaimSummary extends Div {

    public ClaimSummary(ClaimDetails claim) {
        addClassName("claim-summary");
        setId("claim-summary");
        if (claim.status() == ClaimStatus.REJECTED && claim.rejectionReason() != null) {
            add(rejection(claim));
        }
        add(facts(claim), steps(claim));
    }

    private DescriptionList facts(ClaimDetails c) {
        var facts = new DescriptionList();
        facts.addClassName("claim-facts");
        fact(facts, "my-claims.summary.session", text(c.sessionTitle()));
        fact(facts, "my-claims.summary.held", text(ClaimTexts.day(this, c.heldOn())));
        var status = new Span(ClaimTexts.status(this, c.status()));
        status.setId("claim-status");
        status.addClassNames("claim-status", "claim-status-" + c.status().name().toLowerCase());
        fact(facts, "my-claims.summary.status", status);
        fact(facts, "my-claims.summary.route", text(ClaimTexts.route(this, c.route())));
        if (!c.rateCardFound() && c.route() != null) {
            fact(facts, "my-claims.summary.fee", text(getTranslation("my-claims.summary.no-rate-card")));
        } else if (c.feePence() > 0) {
            fact(facts, "my-claims.summary.fee", money(c.feePence()));
        }
        if (c.voucherPence() > 0) {
            fact(facts, "my-claims.summary.voucher", money(c.voucherPence()));
        }
        fact(facts, "my-claims.summary.expenses", money(c.expensesPence()));
        var total = money(c.totalPence());
        total.setId("claim-total");
        total.addClassName("claim-total");
        fact(facts, "my-claims.summary.total", total);
        if (c.status().onTheWay() && c.dueBy() != null) {
            var due = new Div(new Span(ClaimTexts.day(this, c.dueBy())));
            if (c.overdue()) {
                var late = new Paragraph(getTranslation("my-claims.summary.overdue"));
                late.addClassName("claim-overdue");
                due.add(late);
            }
            fact(facts, "my-claims.summary.due", due);
        }
        if (c.paidOn() != null) {
            fact(facts, "my-claims.summary.paid", text(ClaimTexts.day(this, c.paidOn())));
            if (c.paymentReference() != null) {
                fact(facts, "my-claims.summary.reference", text(c.paymentReference()));
            }
        }
        return facts;
    }

    private Component rejection(ClaimDetails c) {
        var reason = new Paragraph(c.rejectionReason());
        reason.setId("claim-rejection-reason");
        var box = new Div(new H2(getTranslation("my-claims.rejected.heading")), reason,
                new Paragraph(getTranslation("my-claims.rejected.lead")));
        box.setId("claim-rejection");
        box.addClassName("claim-rejection");
        return box;
    }

    private Component steps(ClaimDetails c) {
        var heading = new H2(getTranslation("my-claims.steps.heading"));
        heading.setId("claim-steps-heading");
        var list = new OrderedList();
        list.setId("claim-steps");
        list.addClassName("claim-steps");
        list.getElement().setAttribute("aria-labelledby", "claim-steps-heading");
        for (ClaimStep step : c.steps()) {
            list.add(new ListItem(getTranslation("my-claims.step", ClaimTexts.day(this, step.at()),
                    getTranslation("my-claims.step." + step.status()))));
        }
        return new Div(heading, list);
    }

    private Span money(long pence) {
        return new Span(ClaimTexts.money(this, pence));
    }

    private static Span text(String value) {
        return new Span(value);
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new Term(getTranslation(key)), new Description(value));
    }
}
