package app.involvement.payments.ui;

import app.involvement.identity.Role;
import app.involvement.payments.ClaimDetails;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.ui.PageHeader;
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
 * One claim as the partner sees it, phone first (DD034): where it is with every step and its day, why it was sent
 * back; while it can be changed, how to be paid (with a note on benefits), the costs (remove, add with a receipt or
 * by miles), the declaration and Send. Another partner's or provider's claim shows "not found", like an unknown id
 * (and is logged).
 */
@Route(PaymentNavigation.MY_CLAIM + ":claimId([0-9]{1,18})")
@RolesAllowed(Role.Names.PARTNER)
class MyClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyClaims myClaims;
    private Long claimId;
    private String title = "";

    MyClaimView(MyClaims myClaims) {
        this.myClaims = myClaims;
        addClassName("narrow-page");
        addClassName("my-claim");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        claimId = event.getRouteParameters().getLong("claimId").orElseThrow(NotFoundException::new);
        try {
            show(myClaims.get(claimId));
        } catch (AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    private void show(ClaimDetails claim) {
        removeAll();
        title = claim.sessionTitle();
        add(new RouterLink(getTranslation("my-claims.back"), MyClaimsView.class), new PageHeader(title, null),
                new ClaimSummary(claim));
        boolean editable = claim.status().editable();
        if (editable) {
            add(new RouteChoice(myClaims, claim, this::reload));
        }
        add(new ExpenseList(myClaims, claim, editable, this::reload));
        if (editable) {
            add(new ExpenseForm(myClaims, claim.id(), claim.heldOn(), this::reload),
                    new ClaimSubmission(myClaims, claim, this::reload));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void reload() {
        show(myClaims.get(claimId));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("my-claims.title") : title;
    }
}
