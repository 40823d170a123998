package app.involvement.evidence.ui;

import app.involvement.evidence.ReviewAssignment;
import app.involvement.evidence.ReviewNavigation;
import app.involvement.evidence.ReviewerAccess;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The reviewer's home card: each assignment whose window includes today, with its provider, kind of review and last
 * day, linking to its evidence. Without one, an honest "no provider assigned".
 */
public class ReviewerHomeCard extends Div {

    public ReviewerHomeCard(ReviewerAccess access) {
        addClassName("home-figure");
        setId("home-reviewer-assignments");
        List<ReviewAssignment> current = access.current();
        if (current.isEmpty()) {
            add(new H2(getTranslation("home.reviewer.empty.title")), new Paragraph(getTranslation("home.reviewer.empty.text")));
            return;
        }
        add(new H2(getTranslation("reviewer.home.current", current.size())));
        var list = new UnorderedList();
        list.addClassName("reviewer-assignments");
        for (ReviewAssignment a : current) {
            var link = new Anchor(ReviewNavigation.EVIDENCE + a.id(), getTranslation("reviewer.home.item",
                    a.providerName(), getTranslation("reviewer.kind." + a.kind().name())));
            var window = new Paragraph(getTranslation("reviewer.home.window",
                    UkFormats.date(a.startsOn(), getLocale()), UkFormats.date(a.endsOn(), getLocale())));
            window.addClassName("reviewer-window");
            list.add(new ListItem(link, window));
        }
        add(list);
    }
}
