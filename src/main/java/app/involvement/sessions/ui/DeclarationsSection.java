package app.involvement.sessions.ui;

import app.involvement.sessions.CheckIn;
import app.involvement.sessions.Declaration;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** For staff: what partners with a place declared (conflicts first) and how they said they feel before the session. */
class DeclarationsSection extends Section {

    DeclarationsSection(List<Declaration> declarations, List<CheckIn> checkIns) {
        setId("session-declarations");
        addClassName("session-section");
        var heading = new H2(getTranslation("sessions.declared"));
        heading.setId("session-declarations-heading");
        add(heading);
        if (declarations.isEmpty() && checkIns.isEmpty()) {
            add(new Paragraph(getTranslation("sessions.declared.none")));
            return;
        }
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        declarations.forEach(d -> list.add(declaration(d)));
        checkIns.forEach(c -> list.add(new ListItem(c.note() == null || c.note().isBlank()
                ? getTranslation("sessions.declared.check-in-empty", c.preferredName())
                : getTranslation("sessions.declared.check-in", c.preferredName(), c.note()))));
        add(list);
    }

    private ListItem declaration(Declaration d) {
        var item = new ListItem();
        if (d.conflict()) {
            item.add(getTranslation("sessions.declared.conflict", d.preferredName(), d.conflictDetails()));
            item.addClassName("declared-conflict");
        } else {
            item.add(getTranslation("sessions.declared.no-conflict", d.preferredName()));
        }
        if (d.confidentialityConfirmed()) {
            item.add(new Paragraph(getTranslation("sessions.declared.confidential", d.preferredName())));
        }
        return item;
    }
}
