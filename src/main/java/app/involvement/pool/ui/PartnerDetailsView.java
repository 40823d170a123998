package app.involvement.pool.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.Pool;
import app.involvement.pool.SensitiveSection;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import app.involvement.pool.StatusChange;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One partner for staff: profile, access needs, payment choice, interests, consented experience
 * categories, notes and status history. Finance sees only contact details, status and payment choice
 * (DD012). Another provider's id is "not found".
 */
@Route(PartnerNavigation.LIST + "/:partnerId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class PartnerDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Pool pool;
    private final ReferenceData reference;
    private final CurrentUser currentUser;
    private String title = "";

    PartnerDetailsView(Pool pool, ReferenceData reference, CurrentUser currentUser) {
        this.pool = pool;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    /** The role is read on every entry: Vaadin reuses this view when only the id in the address changes. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var partnerId = event.getRouteParameters().getLong("partnerId");
        Role role = currentUser.require().currentRole().orElseThrow();
        if (role == Role.LEAD || role == Role.COORDINATOR) {
            show(partnerId.flatMap(pool::find).orElseThrow(NotFoundException::new));
        } else {
            showForFinance(partnerId.flatMap(pool::findPaymentContact).orElseThrow(NotFoundException::new));
        }
    }

    /** Finance: contact details, status and payment choice only; the service gives nothing more. */
    private void showForFinance(PartnerPaymentContact p) {
        title = p.preferredName();
        removeAll();
        add(new RouterLink(getTranslation("pool.back"), PoolListView.class),
                new PageHeader(title, p.fullName().isEmpty() ? null : p.fullName()));
        var facts = new DescriptionList();
        fact(facts, "pool.details.status", getTranslation("pool.details.status-and-since",
                getTranslation("pool.status." + p.status()), UkFormats.date(p.statusSince(), getLocale())));
        fact(facts, "pool.field.email", orNone(p.email()));
        fact(facts, "pool.field.phone", orNone(p.phone()));
        fact(facts, "pool.field.postcode", orNone(p.postcode()));
        fact(facts, "pool.field.contact.staff", getTranslation("pool.contact." + p.contactPreference()));
        fact(facts, "pool.field.payment.staff", getTranslation("pool.payment." + p.paymentChoice()));
        add(facts);
    }

    private void show(PartnerDetails partner) {
        var p = partner.profile();
        title = p.preferredName();
        removeAll();
        List<ReferenceItem> types = reference.activityTypes();
        var actions = new ArrayList<Component>();
        // the form shows access needs: opening it is a recorded look (DD050)
        actions.add(new Button(getTranslation("pool.details.edit"), e -> new PartnerDialog(pool, types,
                pool.openSensitive(partner.id(), SensitiveSection.ACCESS_NEEDS_FORM), id -> reload(partner.id())).open()));
        actions.add(new Button(getTranslation("pool.status.change"), e -> new ChangeStatusDialog(pool, partner,
                () -> reload(partner.id())).open()));
        if (!partner.hasAccount() && !p.email().isEmpty()) {
            actions.add(new Button(getTranslation("pool.invite-to-log-in"), e -> inviteToLogIn(partner)));
        }
        if (currentUser.require().currentRole().orElse(null) == Role.LEAD) {
            // the lead's copy of this partner's data (dataexport module, which depends on pool: linked by address)
            var copy = new Anchor("partners/" + partner.id() + "/copy", getTranslation("export.partner.action"));
            copy.setId("partner-data-copy");
            actions.add(copy);
        }
        var header = new PageHeader(title, p.fullName().isEmpty() ? null : p.fullName(),
                actions.toArray(Component[]::new));
        add(new RouterLink(getTranslation("pool.back"), PoolListView.class), header);

        var facts = new DescriptionList();
        fact(facts, "pool.details.status", getTranslation("pool.details.status-and-since",
                getTranslation("pool.status." + partner.status()), UkFormats.date(partner.statusSince(), getLocale())));
        fact(facts, "pool.details.kind", getTranslation("pool.kind." + p.kind()));
        fact(facts, "pool.details.pronouns", orNone(p.pronouns()));
        fact(facts, "pool.details.email", orNone(p.email()));
        fact(facts, "pool.details.phone", orNone(p.phone()));
        fact(facts, "pool.details.postcode", orNone(p.postcode()));
        fact(facts, "pool.field.contact.staff", getTranslation("pool.contact." + p.contactPreference()));
        fact(facts, "pool.field.payment.staff", p.paymentChoice() == null ? getTranslation("pool.payment.not-chosen")
                : getTranslation("pool.payment." + p.paymentChoice()));
        fact(facts, "pool.field.interests.staff", orNone(names(types, p.interests())));
        fact(facts, "pool.column.last-involved", partner.lastInvolvedOn() == null ? getTranslation("pool.never")
                : UkFormats.date(partner.lastInvolvedOn(), getLocale()));
        fact(facts, "pool.details.account", getTranslation(partner.hasAccount() ? "pool.details.account.yes"
                : "pool.details.account.no"));
        fact(facts, "pool.details.staff-notes", orNone(partner.staffNotes()));
        add(facts, sensitive(partner.id()));
        if (currentUser.require().currentRole().filter(Role.LEAD::equals).isPresent()) {
            // the erasure module's page (DD047); a plain address, as pool may not depend on that module
            var erase = new com.vaadin.flow.component.html.Anchor("erasure-requests/new/" + partner.id(),
                    getTranslation("erasure.partner.link"));
            erase.setId("partner-erase-link");
            add(erase);
        }

        var history = new Grid<StatusChange>();
        history.addColumn(c -> c.from() == null ? "" : getTranslation("pool.status." + c.from())).setHeader(getTranslation("pool.history.from"));
        history.addColumn(c -> getTranslation("pool.status." + c.to())).setHeader(getTranslation("pool.history.to"));
        history.addColumn(c -> UkFormats.date(c.on(), getLocale())).setHeader(getTranslation("pool.history.on"));
        history.addColumn(c -> c.reason().startsWith("pool.history.") ? getTranslation(c.reason()) : c.reason())
                .setHeader(getTranslation("pool.history.reason")).setFlexGrow(2);
        history.addColumn(c -> c.by() == null ? "" : c.by()).setHeader(getTranslation("pool.history.by"));
        history.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        history.setAriaLabel(getTranslation("pool.details.history"));
        history.setItems(partner.history());
        history.setAllRowsVisible(true);
        add(new H2(getTranslation("pool.details.history")), history);
    }

    /**
     * Experience categories and access needs stay closed until a staff member opens them on purpose; opening loads
     * them through the service, which records the look for the partner to see (DD050).
     */
    private Details sensitive(Long partnerId) {
        var content = new Div();
        var section = new Details(getTranslation("pool.details.sensitive"), content);
        section.setId("partner-sensitive");
        section.addOpenedChangeListener(e -> {
            if (e.isOpened() && content.getChildren().findAny().isEmpty()) {
                PartnerDetails opened = pool.openSensitive(partnerId, SensitiveSection.EXPERIENCE_AND_ACCESS);
                var p = opened.profile();
                var facts = new DescriptionList();
                fact(facts, "pool.details.access", orNone(p.accessNeeds().stream().sorted()
                        .map(a -> getTranslation("pool.access." + a)).collect(Collectors.joining("; "))));
                fact(facts, "pool.details.access-notes", orNone(p.accessNotes()));
                fact(facts, "pool.details.categories", opened.consentInForce()
                        ? getTranslation("pool.details.categories.with-consent",
                                names(reference.experienceCategories(), opened.experienceCategories()),
                                UkFormats.date(opened.consentGivenAt(), getLocale()))
                        : getTranslation("pool.details.categories.no-consent"));
                content.add(new Paragraph(getTranslation("pool.details.sensitive.recorded")), facts);
            }
        });
        return section;
    }

    private void inviteToLogIn(PartnerDetails partner) {
        try {
            var sent = pool.inviteToLogIn(partner.id());
            Notices.success(getTranslation(sent.replacedEarlier() ? "pool.invited.replaced" : "pool.invited", sent.email()));
            reload(partner.id());
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    private void reload(Long partnerId) {
        pool.find(partnerId).ifPresent(this::show);
    }

    private void fact(DescriptionList list, String termKey, String value) {
        list.add(new Term(getTranslation(termKey)), new Description(value));
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? getTranslation("pool.details.none") : value;
    }

    private static String names(List<ReferenceItem> items, Collection<Long> ids) {
        Map<Long, String> byId = items.stream().collect(Collectors.toMap(ReferenceItem::id, ReferenceItem::name));
        return ids.stream().map(byId::get).filter(n -> n != null).sorted().collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
