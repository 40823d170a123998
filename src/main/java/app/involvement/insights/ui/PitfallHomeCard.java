package app.involvement.insights.ui;

import app.involvement.insights.PitfallIndicator;
import app.involvement.insights.Pitfalls;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The lead's home: the pitfalls that fired, each with why, and a link to the pitfall page (DD041). */
public class PitfallHomeCard extends Div {

    public PitfallHomeCard(Pitfalls pitfalls) {
        addClassName("home-figure");
        setId("home-pitfalls");
        List<PitfallIndicator> fired = pitfalls.indicators().stream().filter(PitfallIndicator::fired).toList();
        add(new H2(fired.isEmpty() ? getTranslation("pitfalls.home.none")
                : getTranslation("pitfalls.home.fired", fired.size())));
        if (!fired.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("home-pitfalls");
            for (PitfallIndicator indicator : fired) {
                list.add(new ListItem(getTranslation("pitfalls.home.item",
                        getTranslation("pitfalls.name." + indicator.pitfall().name()),
                        getTranslation(indicator.reasonKey(), indicator.argumentArray()))));
            }
            add(list);
        }
        add(new Anchor(PitfallsView.ROUTE, getTranslation("pitfalls.home.open")));
    }
}
