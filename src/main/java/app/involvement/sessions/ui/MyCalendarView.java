package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.sessions.CalendarFeeds;
import app.involvement.sessions.SessionNavigation;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;

/**
 * The partner's private calendar link (DD028): how to add it to a phone or computer calendar, making a new one
 * (the old one stops working) and stopping it. The full link is shown only right after it is made, as only its
 * hash is kept. Linked from "My sessions".
 */
@Route(SessionNavigation.MY_CALENDAR)
@RolesAllowed(Role.Names.PARTNER)
class MyCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarFeeds feeds;
    private final Div content = new Div();

    MyCalendarView(CalendarFeeds feeds) {
        this.feeds = feeds;
        addClassName("narrow-page");
        content.setId("my-calendar");
        content.addClassName("my-calendar");
        add(new PageHeader(getTranslation("my-calendar.title"), getTranslation("my-calendar.lead")), content);
        show(null);
    }

    /** @param newLink the address just made, shown once; null otherwise */
    private void show(String newLink) {
        content.removeAll();
        Optional<Instant> since = feeds.activeSince();
        if (newLink != null) {
            content.add(newLink(newLink));
        } else {
            var status = new Paragraph(since.map(at -> getTranslation("my-calendar.active-since",
                    UkFormats.date(at, getLocale()))).orElseGet(() -> getTranslation("my-calendar.none")));
            status.setId("my-calendar-status");
            content.add(status);
        }
        content.add(howTo(), actions(since.isPresent() || newLink != null));
    }

    private Component newLink(String link) {
        var field = new TextField(getTranslation("my-calendar.link"));
        field.setId("my-calendar-link");
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText(getTranslation("my-calendar.link.secret"));
        var copy = new Button(getTranslation("my-calendar.copy"), e -> {
            getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null", link);
            Notices.success(getTranslation("my-calendar.copied"));
        });
        copy.setId("my-calendar-copy");
        copy.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        var subscribe = new Anchor();
        subscribe.setText(getTranslation("my-calendar.add"));
        // webcal:// makes a phone subscribe rather than import once; the address is our own base URL and token
        subscribe.setUnsafeHref(link.replaceFirst("^https?://", "webcal://"));
        subscribe.setId("my-calendar-subscribe");
        subscribe.addClassName("my-calendar-subscribe");
        var section = new Section(new H2(getTranslation("my-calendar.new-link")), field, copy, subscribe);
        section.addClassName("my-calendar-new");
        return section;
    }

    private Component howTo() {
        var steps = new OrderedList(new ListItem(getTranslation("my-calendar.how.phone")),
                new ListItem(getTranslation("my-calendar.how.google")),
                new ListItem(getTranslation("my-calendar.how.outlook")));
        return new Section(new H2(getTranslation("my-calendar.how")), steps,
                new Paragraph(getTranslation("my-calendar.how.note")));
    }

    private Component actions(boolean hasLink) {
        var create = new Button(getTranslation(hasLink ? "my-calendar.replace" : "my-calendar.create"), e -> {
            if (hasLink) {
                confirm("my-calendar.replace.title", "my-calendar.replace.text", "my-calendar.replace", this::create);
            } else {
                create();
            }
        });
        create.setId("my-calendar-create");
        create.addThemeVariants(hasLink ? ButtonVariant.LARGE : ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        var section = new Section(create);
        section.addClassName("my-calendar-actions");
        if (hasLink) {
            var revoke = new Button(getTranslation("my-calendar.revoke"), e -> confirm("my-calendar.revoke.title",
                    "my-calendar.revoke.text", "my-calendar.revoke", this::revoke));
            revoke.setId("my-calendar-revoke");
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.LARGE);
            section.add(revoke);
        }
        return section;
    }

    private void create() {
        try {
            String link = feeds.create();
            Notices.success(getTranslation("my-calendar.created"));
            show(link);
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    private void revoke() {
        try {
            feeds.revoke();
            Notices.success(getTranslation("my-calendar.revoked"));
            show(null);
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    /** Asks before a change the partner cannot undo (a plain dialog: axe finds nothing in it, at any width). */
    private void confirm(String titleKey, String textKey, String actionKey, Runnable action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.add(new Paragraph(getTranslation(textKey)));
        var confirm = new Button(getTranslation(actionKey), e -> {
            dialog.close();
            action.run();
        });
        confirm.setId("my-calendar-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if ("my-calendar.revoke".equals(actionKey)) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-calendar.title");
    }
}
