package app.involvement.payments.ui;

import app.involvement.payments.ClaimFilter;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.Claims;
import app.involvement.payments.PaymentNavigation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The coordinator's home: submitted claims waiting for approval, and how many of those are overdue. */
public class ClaimsAwaitingApprovalCard extends Div {

    public ClaimsAwaitingApprovalCard(Claims claims) {
        long waiting = claims.awaitingApproval();
        addClassName("home-figure");
        setId("home-claims-awaiting-approval");
        add(new H2(waiting == 0 ? getTranslation("claims.home.none") : getTranslation("claims.home.waiting", waiting)));
        long overdue = waiting == 0 ? 0 : claims.count(new ClaimFilter(ClaimStatus.SUBMITTED, true, null));
        if (overdue > 0) {
            var flag = new Paragraph(getTranslation("claims.home.overdue", overdue));
            flag.addClassName("claim-overdue");
            add(flag);
        }
        add(new Anchor(PaymentNavigation.CLAIMS, getTranslation("claims.home.open")));
    }
}
