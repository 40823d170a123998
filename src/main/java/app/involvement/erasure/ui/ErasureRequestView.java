package app.involvement.erasure.ui;

import static app.involvement.erasure.ui.ErasureCasePanel.day;
import static app.involvement.erasure.ui.ErasureCasePanel.t;

import app.involvement.erasure.ErasureCase;
import app.involvement.erasure.ErasureNavigation;
import app.involvement.erasure.ErasureRequests;
import app.involvement.erasure.ErasureStatus;
import app.involvement.identity.Role;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** One request to leave: who, when, why (their words until erased), what stops it, and the erasure (DD047). */
@Route(ErasureNavigation.REQUESTS + "/:" + ErasureRequestView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Role.Names.LEAD)
class ErasureRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "requestId";

    private final ErasureRequests requests;
    ConfirmErasure confirmation;

    ErasureRequestView(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        try {
            show(requests.request(id, getLocale()));
        } catch (AccessDeniedException notThisProvidersRequest) {
            throw new NotFoundException();
        }
    }

    private void show(ErasureCase c) {
        removeAll();
        add(new RouterLink(t("erasure.back"), ErasureRequestListView.class));
        add(new PageHeader(t("erasure.case.title", c.preferredName()), t("erasure.case.lead")));
        var facts = new DescriptionList();
        facts.setId("erasure-facts");
        facts.add(new DescriptionList.Term(t("erasure.column.asked")), new DescriptionList.Description(day(c.requestedAt())));
        facts.add(new DescriptionList.Term(t("erasure.column.origin")),
                new DescriptionList.Description(t("erasure.origin." + c.origin())));
        facts.add(new DescriptionList.Term(t("erasure.column.status")),
                new DescriptionList.Description(c.status() == ErasureStatus.OPEN ? t("erasure.status.OPEN")
                        : t("erasure.case.closed", t("erasure.status." + c.status()), day(c.closedAt()))));
        facts.add(new DescriptionList.Term(t("erasure.case.reason")), new DescriptionList.Description(
                c.reason() == null ? t("erasure.case.no-reason") : c.reason()));
        add(facts);
        if (c.status() == ErasureStatus.OPEN) {
            add(ErasureCasePanel.whatHappens(), ErasureCasePanel.blockers(c),
                    ErasureCasePanel.eraseButton(c, () -> {
                        confirmation = new ConfirmErasure(c.preferredName(),
                                typed -> requests.erase(c.requestId(), typed),
                                () -> show(requests.request(c.requestId(), getLocale())));
                        confirmation.open();
                    }));
        }
    }

    @Override
    public String getPageTitle() {
        return t("erasure.case.page-title");
    }
}
