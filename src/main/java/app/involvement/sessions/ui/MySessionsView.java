package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.sessions.MySession;
import app.involvement.sessions.MySessions;
import app.involvement.sessions.SessionNavigation;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;

/**
 * A partner's sessions in one column for a phone (DD029): offers waiting for an answer (with the date to answer by),
 * places and backup slots coming up (when, where, what to prepare), and past sessions. Each title opens the session.
 */
@Route(SessionNavigation.MY_SESSIONS)
@Menu(title = "menu.my-sessions", order = 5)
@RolesAllowed(Role.Names.PARTNER)
class MySessionsView extends VerticalLayout implements HasDynamicTitle {

    MySessionsView(MySessions mySessions) {
        addClassName("narrow-page");
        add(new PageHeader(getTranslation("my-sessions.title"), getTranslation("my-sessions.lead")));
        section("waiting", mySessions.waiting(), this::waiting);
        section("upcoming", mySessions.upcoming(), this::upcoming);
        section("past", mySessions.past(), this::past);
    }

    private void section(String name, List<MySession> sessions, Function<MySession, ListItem> row) {
        var heading = new H2(getTranslation("my-sessions." + name));
        heading.setId("my-sessions-" + name + "-heading");
        add(heading);
        if (sessions.isEmpty()) {
            var none = new Paragraph(getTranslation("my-sessions." + name + ".none"));
            none.setId("my-sessions-" + name + "-none");
            add(none);
            return;
        }
        var list = new UnorderedList();
        list.setId("my-sessions-" + name);
        list.addClassName("my-sessions-list");
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        sessions.forEach(s -> list.add(row.apply(s)));
        add(list);
    }

    private ListItem waiting(MySession s) {
        return item(s, new Paragraph(MySessionTexts.when(this, s)), strong(MySessionTexts.standing(this, s)));
    }

    private ListItem upcoming(MySession s) {
        var row = item(s, new Paragraph(MySessionTexts.when(this, s)), strong(MySessionTexts.standing(this, s)));
        if (s.place() != null) {
            row.add(new Paragraph(getTranslation("my-sessions.where", s.place())));
        }
        if (s.onlineLink() != null) {
            row.add(new Paragraph(MySessionTexts.onlineLink(this, s)));
        }
        if (s.preparation() != null) {
            row.add(new Paragraph(getTranslation("my-sessions.prepare", s.preparation())));
        }
        return row;
    }

    private ListItem past(MySession s) {
        return item(s, new Paragraph(MySessionTexts.when(this, s)), new Paragraph(MySessionTexts.standing(this, s)));
    }

    private ListItem item(MySession s, Paragraph... lines) {
        var title = new RouterLink(s.title(), MyOfferView.class, new RouteParameters("offerId", String.valueOf(s.offerId())));
        title.addClassName("my-session-title");
        var row = new ListItem(title);
        row.add(lines);
        return row;
    }

    private static Paragraph strong(String text) {
        var p = new Paragraph(text);
        p.addClassName("my-session-standing");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-sessions.title");
    }
}
