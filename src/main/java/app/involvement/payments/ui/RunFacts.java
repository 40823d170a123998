package app.involvement.payments.ui;

import app.involvement.payments.ClaimRow;
import app.involvement.payments.RunRow;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import java.util.List;
import java.util.function.ToLongFunction;

/** A run's status, who made, exported and paid it when, and its totals by kind. */
class RunFacts extends DescriptionList {

    RunFacts(RunRow run, List<ClaimRow> claims) {
        addClassName("run-facts");
        setId("run-facts");
        fact("runs.fact.status", RunTexts.status(this, run.status()));
        fact("runs.fact.created", getTranslation("runs.fact.by", UkFormats.dateTime(run.createdAt(), getLocale()),
                run.createdBy() == null ? "" : run.createdBy()));
        if (run.exportedAt() != null) {
            fact("runs.fact.exported", UkFormats.dateTime(run.exportedAt(), getLocale()));
        }
        if (run.paidOn() != null) {
            fact("runs.fact.paid", UkFormats.date(run.paidOn(), getLocale()));
            fact("runs.fact.reference", run.paymentReference());
        }
        fact("runs.fact.claims", String.valueOf(run.claimCount()));
        fact("runs.fact.fees", sum(claims, ClaimRow::feePence));
        fact("runs.fact.vouchers", sum(claims, ClaimRow::voucherPence));
        fact("runs.fact.expenses", sum(claims, ClaimRow::expensesPence));
        fact("runs.fact.total", RunTexts.money(run.totalPence()));
    }

    private void fact(String term, String value) {
        add(new Term(getTranslation(term)), new Description(value));
    }

    private static String sum(List<ClaimRow> claims, ToLongFunction<ClaimRow> pence) {
        return RunTexts.money(claims.stream().mapToLong(pence).sum());
    }
}
