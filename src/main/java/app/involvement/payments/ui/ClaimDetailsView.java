package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.ClaimDetails;
import app.involvement.payments.Claims;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * One claim for staff: what it is for and comes to, its expenses with receipts, its steps with who and when, the
 * decision the reader's role takes now, and (coordinator or lead, while it is a draft or rejected) completing it on
 * the partner's behalf. Another provider's claim id is "not found", like an unknown one (the service records it).
 */
@Route(PaymentNavigation.CLAIM + ":claimId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ClaimDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Claims claims;
    private final CurrentUser currentUser;
    private Role role;
    private String title = "";

    ClaimDetailsView(Claims claims, CurrentUser currentUser) {
        this.claims = claims;
        this.currentUser = currentUser;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("claimId").orElseThrow(NotFoundException::new);
        role = currentUser.require().currentRole().orElseThrow();
        show(load(id));
    }

    private ClaimDetails load(Long id) {
        try {
            return claims.details(id);
        } catch (AccessDeniedException notThisProvidersClaim) {
            throw new NotFoundException();
        }
    }

    private void show(ClaimDetails claim) {
        removeAll();
        title = getTranslation("claims.details.title", claim.partnerName());
        Runnable reload = () -> show(load(claim.id()));
        add(new RouterLink(getTranslation("claims.back"), ClaimListView.class),
                new PageHeader(title, getTranslation("claims.details.lead", claim.sessionTitle())),
                new ClaimDecisions(claim, role, claims, reload),
                new ClaimFacts(claim));
        boolean onBehalf = claim.status().editable() && role != Role.FINANCE;
        add(new ExpenseList(claims, claim, onBehalf, reload));
        if (onBehalf) {
            add(new H2(getTranslation("claims.on-behalf")), new OnBehalfSection(claim, claims, reload));
        }
        add(new H2(getTranslation("claims.steps")), new ClaimSteps(claim));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
