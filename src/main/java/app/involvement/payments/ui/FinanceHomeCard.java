package app.involvement.payments.ui;

import app.involvement.payments.Claims;
import app.involvement.payments.NextRun;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.PaymentRuns;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Finance's home: claims waiting for authorisation, claims past the provider's turnaround, and the next payment run
 * (the open one waiting to be exported, or what is ready for a new one). The claim figures come from the claims
 * service once it is there ({@code ObjectProvider}, so the home works before it is).
 */
public class FinanceHomeCard extends Div {

    public FinanceHomeCard(PaymentRuns runs, ObjectProvider<Claims> claims) {
        setId("home-finance");
        Claims service = claims.getIfAvailable();
        if (service != null) {
            add(figure("home-claims-awaiting", getTranslation("runs.home.awaiting", service.awaitingAuthorisation()),
                    PaymentNavigation.CLAIMS, getTranslation("runs.home.awaiting.open")));
            add(figure("home-claims-overdue", getTranslation("runs.home.overdue", service.overdue()),
                    PaymentNavigation.CLAIMS, getTranslation("runs.home.overdue.open")));
        }
        add(nextRun(runs.next()));
    }

    private Div nextRun(NextRun next) {
        var card = figure("home-next-run", getTranslation("runs.home.next.title"),
                next.openRunId() == null ? PaymentNavigation.RUNS : PaymentNavigation.RUN + next.openRunId(),
                getTranslation("runs.home.open"));
        if (next.openRunId() != null) {
            card.addComponentAtIndex(1, new Paragraph(getTranslation("runs.home.next.open-run",
                    String.valueOf(next.openRunId()))));
        }
        card.addComponentAtIndex(card.getComponentCount() - 1, new Paragraph(getTranslation("runs.home.next.ready",
                next.readyCount(), RunTexts.money(next.readyPence()))));
        return card;
    }

    private static Div figure(String id, String heading, String route, String linkText) {
        var card = new Div(new H2(heading), new Anchor(route, linkText));
        card.addClassName("home-figure");
        card.setId(id);
        return card;
    }
}
