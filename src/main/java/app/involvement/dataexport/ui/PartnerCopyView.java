package app.involvement.dataexport.ui;

import app.involvement.dataexport.DataExportNavigation;
import app.involvement.dataexport.PersonalDataCopies;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.Pool;
import app.involvement.shared.Language;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The lead makes the copy of one of their partners' data (a request by post or e-mail, DD045), to send on. The link
 * works once, for this lead only. Another provider's partner is "not found".
 */
@Route(DataExportNavigation.PARTNER_COPY)
@RolesAllowed(Role.Names.LEAD)
class PartnerCopyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Pool pool;
    private final PersonalDataCopies copies;
    private String title = "";

    PartnerCopyView(Pool pool, PersonalDataCopies copies) {
        this.pool = pool;
        this.copies = copies;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PartnerDetails partner = event.getRouteParameters().getLong("partnerId").flatMap(pool::find)
                .orElseThrow(NotFoundException::new);
        Long partnerId = partner.id();
        title = getTranslation("export.partner.title", partner.profile().preferredName());
        removeAll();
        add(new Anchor(PartnerNavigation.details(partnerId), getTranslation("export.partner.back")),
                new PageHeader(title, getTranslation("export.partner.lead")),
                new Paragraph(getTranslation("export.partner.link")),
                new CopyPanel(getTranslation("export.partner.make"),
                        progress -> copies.startFor(partnerId, Language.of(getLocale()), progress)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
