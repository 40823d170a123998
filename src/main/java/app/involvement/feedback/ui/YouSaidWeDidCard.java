package app.involvement.feedback.ui;

import app.involvement.feedback.MyFeedback;
import app.involvement.feedback.ToldBack;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The partner's home card "You said, we did": the newest actions done because of feedback, each as what we heard
 * and what changed. No names: these are the provider's to all its partners (one query).
 */
public class YouSaidWeDidCard extends Div {

    public YouSaidWeDidCard(MyFeedback myFeedback) {
        addClassName("home-figure");
        addClassName("you-said");
        setId("home-you-said");
        add(new H2(getTranslation("you-said.title")));
        List<ToldBack> done = myFeedback.toldBack();
        if (done.isEmpty()) {
            add(new Paragraph(getTranslation("you-said.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("you-said-list");
        for (ToldBack item : done) {
            var said = new Paragraph(label("you-said.said"), new Span(item.heard()));
            said.addClassName("you-said-heard");
            var did = new Paragraph(label("you-said.did"), new Span(item.changed()));
            did.addClassName("you-said-did");
            var when = new Paragraph(getTranslation("you-said.when", UkFormats.longDate(item.doneOn(), getLocale())));
            when.addClassName("you-said-when");
            list.add(new ListItem(said, did, when));
        }
        add(list);
    }

    private Span label(String key) {
        var label = new Span(getTranslation(key));
        label.addClassName("you-said-label");
        return label;
    }
}
