package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.NamedContact;
import app.involvement.training.NamedContacts;
import app.involvement.training.SupportNavigation;
import app.involvement.training.SupportRequests;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A partner's support page, made for a phone: who to turn to, asking for help to get to a session, and
 * what has happened to each request (with the reason when it could not be arranged).
 */
@Route(SupportNavigation.MY_SUPPORT)
@Menu(title = "menu.my-support", order = 17)
@RolesAllowed(Role.Names.PARTNER)
class MySupportView extends VerticalLayout implements HasDynamicTitle {

    private final SupportRequests requests;
    private final UnorderedList list = new UnorderedList();

    MySupportView(NamedContacts contacts, SupportRequests requests) {
        this.requests = requests;
        addClassName("narrow-page");
        add(new PageHeader(getTranslation("my-support.title"), getTranslation("my-support.lead")));
        add(new H2(getTranslation("my-support.contact")));
        add(contacts.mine().map(this::contact).orElseGet(() -> new Div(new Paragraph(getTranslation("my-support.contact.none")))));
        add(new H2(getTranslation("my-support.ask")), new Paragraph(getTranslation("my-support.ask.lead")),
                new SupportRequestForm(getTranslation("my-support.send"), requests::ask, this::refresh));
        list.setId("my-support-requests");
        add(new H2(getTranslation("my-support.requests")), list);
        refresh();
    }

    private Div contact(NamedContact c) {
        var email = new Anchor("mailto:" + c.email(), c.email());
        email.setAriaLabel(getTranslation("my-support.contact.email", c.name(), c.email()));
        var card = new Div(new Paragraph(getTranslation("my-support.contact.named", c.name())), email);
        card.addClassName("named-contact");
        card.setId("named-contact");
        return card;
    }

    private void refresh() {
        list.removeAll();
        var mine = requests.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("my-support.requests.none")));
        }
        mine.forEach(r -> list.add(new ListItem(SupportTexts.line(this, r))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-support.title");
    }
}
