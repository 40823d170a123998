package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.NamedContactRow;
import app.involvement.training.NamedContacts;
import app.involvement.training.SupportNavigation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every partner (but those who left) with their named contact, to find who has none; each name opens the
 * partner's support page, where the contact is chosen. A lazy grid over small rows.
 */
@Route(SupportNavigation.NAMED_CONTACTS)
@Menu(title = "menu.named-contacts", order = 33)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class NamedContactListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<NamedContactRow> grid = new Grid<>();
    private final Checkbox withoutOnly = new Checkbox();
    private final Span resultCount = new Span();

    NamedContactListView(NamedContacts contacts) {
        add(new PageHeader(getTranslation("contacts.title"), getTranslation("contacts.lead")));
        withoutOnly.setLabel(getTranslation("contacts.without-only"));
        withoutOnly.setId("contacts-without-only");
        withoutOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // a link drawn in the browser from two values per row: no server-side component for each row (DD021)
        grid.addColumn(LitRenderer.<NamedContactRow>of("<a router-link href=\"${item.href}\">${item.name}</a>")
                        .withProperty("name", this::name)
                        .withProperty("href", r -> SupportNavigation.partnerSupport(r.partnerId())))
                .setHeader(getTranslation("contacts.column.partner")).setFlexGrow(2);
        grid.addColumn(r -> r.hasContact() ? getTranslation("contacts.contact", r.contactName(), r.contactEmail())
                : getTranslation("contacts.none")).setHeader(getTranslation("contacts.column.contact")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("contacts-grid");
        grid.setAriaLabel(getTranslation("contacts.title"));
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.setItemsPageable(p -> contacts.list(withoutOnly.getValue(), p),
                p -> showCount(contacts.count(withoutOnly.getValue())));
        resultCount.addClassName("result-count");
        resultCount.getElement().setAttribute("role", "status");
        add(withoutOnly, resultCount, grid);
        setSizeFull();
    }

    /** The preferred name, and the full name when it says more. */
    private String name(NamedContactRow r) {
        String full = r.fullName() == null ? "" : r.fullName().trim();
        return full.isEmpty() || full.equals(r.preferredName()) ? r.preferredName()
                : getTranslation("contacts.name-with-full", r.preferredName(), full);
    }

    private long showCount(long count) {
        resultCount.setText(getTranslation("contacts.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
