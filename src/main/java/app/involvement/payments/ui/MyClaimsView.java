package app.involvement.payments.ui;

import app.involvement.identity.Role;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The partner's claims in one column for a phone (DD034): this tax year's fees and vouchers with benefits
 * signposting, every claim newest first with where it is and what to do next, and the yearly statements.
 */
@Route(PaymentNavigation.MY_CLAIMS)
@Menu(title = "menu.my-claims", order = 6)
@RolesAllowed(Role.Names.PARTNER)
class MyClaimsView extends VerticalLayout implements HasDynamicTitle {

    MyClaimsView(MyClaims myClaims) {
        addClassName("narrow-page");
        addClassName("my-claims");
        add(new PageHeader(getTranslation("my-claims.title"), getTranslation("my-claims.lead")));
        var heading = new H2(getTranslation("my-claims.list.heading"));
        heading.setId("my-claims-heading");
        add(heading);
        List<ClaimRow> claims = myClaims.list();
        if (claims.isEmpty()) {
            var none = new Paragraph(getTranslation("my-claims.none"));
            none.setId("my-claims-none");
            add(none);
        } else {
            var list = new UnorderedList();
            list.setId("my-claims-list");
            list.addClassName("my-claims-list");
            list.getElement().setAttribute("aria-labelledby", "my-claims-heading");
            claims.forEach(c -> list.add(row(c)));
            add(list);
            if (claims.size() >= PaymentLimits.MY_CLAIMS_SHOWN) {
                add(new Paragraph(getTranslation("my-claims.more", PaymentLimits.MY_CLAIMS_SHOWN)));
            }
        }
        add(new TaxYearPanel(myClaims.taxYear(LocalDate.now(UkFormats.UK_TIME))), new StatementLinks(myClaims));
    }

    private ListItem row(ClaimRow c) {
        var title = new RouterLink(c.sessionTitle(), MyClaimView.class,
                new RouteParameters("claimId", String.valueOf(c.id())));
        title.addClassName("my-claim-title");
        var item = new ListItem(title, new Paragraph(getTranslation("my-claims.row.held", ClaimTexts.day(this, c.heldOn()))),
                strong(getTranslation("my-claims.row.status", ClaimTexts.status(this, c.status()))),
                new Paragraph(getTranslation("my-claims.row.total", ClaimTexts.money(this, c.totalPence()))));
        item.addClassName("my-claim-row");
        if (c.status() == ClaimStatus.DRAFT) {
            item.add(strong(getTranslation("my-claims.row.to-do")));
        } else if (c.status() == ClaimStatus.REJECTED) {
            item.add(strong(getTranslation("my-claims.row.sent-back")));
        } else if (c.status().onTheWay() && c.dueBy() != null) {
            item.add(new Paragraph(getTranslation("my-claims.row.due", ClaimTexts.day(this, c.dueBy()))));
            if (c.overdue()) {
                item.add(strong(getTranslation("my-claims.row.overdue")));
            }
        } else if (c.paidOn() != null) {
            item.add(new Paragraph(getTranslation("my-claims.row.paid", ClaimTexts.day(this, c.paidOn()))));
        }
        return item;
    }

    private static Paragraph strong(String text) {
        var p = new Paragraph(text);
        p.addClassName("my-claim-next");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-claims.title");
    }
}
