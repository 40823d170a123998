package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.pool.PartnerNavigation;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.NamedContacts;
import app.involvement.training.SupportNavigation;
import app.involvement.training.SupportRequests;
import app.involvement.training.SupportedPartner;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One partner's support, for staff: their named contact (change it here), asking for support on their
 * behalf, and their requests. Another provider's id is "not found".
 */
@Route(SupportNavigation.PARTNER_SUPPORT + "/:partnerId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class PartnerSupportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NamedContacts contacts;
    private final SupportRequests requests;
    private final StaffDirectory staff;
    private final UnorderedList list = new UnorderedList();
    private String title = "";

    PartnerSupportView(NamedContacts contacts, SupportRequests requests, StaffDirectory staff) {
        this.contacts = contacts;
        this.requests = requests;
        this.staff = staff;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var partner = event.getRouteParameters().getLong("partnerId").flatMap(requests::partner)
                .orElseThrow(NotFoundException::new);
        show(partner);
    }

    private void show(SupportedPartner partner) {
        title = getTranslation("support.partner.title", partner.preferredName());
        removeAll();
        add(new Anchor(PartnerNavigation.details(partner.id()), getTranslation("support.partner.back", partner.preferredName())),
                new PageHeader(title, getTranslation("support.partner.lead")));
        add(new H2(getTranslation("support.contact")), contactPicker(partner));
        add(new H2(getTranslation("support.partner.ask")), new SupportRequestForm(getTranslation("support.partner.send"),
                r -> requests.askFor(partner.id(), r), () -> refresh(partner.id())));
        list.setId("partner-support-requests");
        add(new H2(getTranslation("support.partner.requests")), list,
                new Anchor(SupportNavigation.REQUESTS, getTranslation("support.partner.all-requests")));
        refresh(partner.id());
    }

    private Div contactPicker(SupportedPartner partner) {
        var picker = new ComboBox<StaffChoice>(getTranslation("support.contact.choose"));
        picker.setItems(staff.choices());
        picker.setItemLabelGenerator(c -> getTranslation("support.contact.choice", c.displayName(),
                getTranslation("role." + c.role())));
        picker.setHelperText(getTranslation("support.contact.help"));
        picker.setId("named-contact-picker");
        contacts.of(partner.id()).ifPresent(current -> picker.getListDataView().getItems()
                .filter(c -> c.userId().equals(current.staffUserId())).findFirst().ifPresent(picker::setValue));
        var save = new Button(getTranslation("support.contact.save"), e -> {
            try {
                contacts.assign(partner.id(), picker.getValue() == null ? null : picker.getValue().userId());
                picker.setInvalid(false);
                Notices.success(getTranslation("support.contact.saved", partner.preferredName(),
                        picker.getValue().displayName()));
            } catch (BusinessRuleException refused) {
                picker.setErrorMessage(Notices.message(refused));
                picker.setInvalid(true);
            }
        });
        save.setId("named-contact-save");
        var row = new Div(picker, save);
        row.addClassName("filter-bar");
        return row;
    }

    private void refresh(Long partnerId) {
        list.removeAll();
        var rows = requests.forPartner(partnerId);
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("support.partner.requests.none")));
        }
        rows.forEach(r -> list.add(new ListItem(SupportTexts.line(this, r))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
