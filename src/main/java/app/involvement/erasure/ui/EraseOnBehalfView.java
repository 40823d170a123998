package app.involvement.erasure.ui;

import static app.involvement.erasure.ui.ErasureCasePanel.t;

import app.involvement.erasure.ErasureCase;
import app.involvement.erasure.ErasureGround;
import app.involvement.erasure.ErasureNavigation;
import app.involvement.erasure.ErasureRequests;
import app.involvement.erasure.ErasureStatus;
import app.involvement.identity.Role;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lead erases a partner on their behalf, without a request from the partner's page (e.g. the provider was told
 * of their death): a required ground chosen from a list, never typed, so no personal detail reaches the record.
 */
@Route(ErasureNavigation.REQUESTS + "/new/:" + EraseOnBehalfView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Role.Names.LEAD)
class EraseOnBehalfView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "partnerId";

    private final ErasureRequests requests;
    final LightRadioGroup<ErasureGround> ground = new LightRadioGroup<>();
    ConfirmErasure confirmation;

    EraseOnBehalfView(ErasureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        try {
            show(requests.onBehalf(id, getLocale()));
        } catch (AccessDeniedException notThisProvidersPartner) {
            throw new NotFoundException();
        }
    }

    private void show(ErasureCase c) {
        removeAll();
        add(new RouterLink(t("erasure.back"), ErasureRequestListView.class));
        add(new PageHeader(t("erasure.behalf.title", c.preferredName()), t("erasure.behalf.lead")));
        if (c.status() == ErasureStatus.DONE) {
            var done = new Paragraph(t("erasure.behalf.already"));
            done.setId("erasure-already");
            add(done);
            return;
        }
        ground.setLabel(t("erasure.behalf.ground"));
        ground.setItems(List.of(ErasureGround.values()), g -> t("erasure.ground." + g));
        ground.setVertical();
        ground.setRequired(true);
        ground.setId("erasure-ground");
        ground.addValueChangeListener(e -> ground.setInvalid(false));
        add(ground, ErasureCasePanel.whatHappens(), ErasureCasePanel.blockers(c), ErasureCasePanel.eraseButton(c, () -> {
            if (ground.getValue() == null) {
                ground.setErrorMessage(t("erasure.error.ground-required"));
                ground.setInvalid(true);
                return;
            }
            var chosen = ground.getValue();
            confirmation = new ConfirmErasure(c.preferredName(),
                    typed -> requests.eraseOnBehalf(c.partnerId(), chosen, typed),
                    () -> getUI().ifPresent(ui -> ui.navigate(ErasureRequestListView.class)));
            confirmation.open();
        }));
    }

    @Override
    public String getPageTitle() {
        return t("erasure.behalf.page-title");
    }
}
