package app.involvement.identity.ui;

import app.involvement.identity.ProviderOnboarding;
import app.involvement.identity.Role;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The platform admin's list of providers: their metadata only, never their data. */
@Route("providers")
@Menu(title = "menu.providers", order = 10)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
class ProviderListView extends VerticalLayout implements HasDynamicTitle {

    ProviderListView(ProviderService providers, ProviderOnboarding onboarding) {
        var grid = new Grid<ProviderSummary>();
        var add = new Button(getTranslation("providers.onboard"),
                e -> new OnboardProviderDialog(onboarding, () -> grid.getDataProvider().refreshAll()).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new PageHeader(getTranslation("providers.title"), getTranslation("providers.lead"), add));

        grid.addColumn(ProviderSummary::name).setHeader(getTranslation("providers.name")).setAutoWidth(true);
        grid.addColumn(ProviderSummary::shortCode).setHeader(getTranslation("providers.code"));
        grid.addColumn(ProviderSummary::contactName).setHeader(getTranslation("providers.contact")).setAutoWidth(true);
        grid.addColumn(ProviderSummary::contactEmail).setHeader(getTranslation("providers.contact-email")).setAutoWidth(true);
        grid.addColumn(p -> p.partnerTerm() == null ? getTranslation("partner.term.default") : p.partnerTerm())
                .setHeader(getTranslation("providers.term"));
        grid.addColumn(p -> UkFormats.date(p.createdAt(), getLocale()))
                .setHeader(getTranslation("providers.since"));
        grid.setAriaLabel(getTranslation("providers.title"));
        grid.setItemsPageable(p -> providers.list(PageRequest.of(p.getPageNumber(), p.getPageSize(), Sort.by("name"))),
                p -> providers.count());
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providers.title");
    }
}
