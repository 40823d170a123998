package app.involvement.insights.ui;

import app.involvement.insights.PitfallIndicator;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The indicators as a list: name, state (in words, not colour alone), why, and a link to the data behind it. */
class PitfallList extends UnorderedList {

    PitfallList(List<PitfallIndicator> indicators) {
        addClassName("pitfall-list");
        setId("pitfall-list");
        for (PitfallIndicator indicator : indicators) {
            String name = indicator.pitfall().name().toLowerCase().replace('_', '-');
            var heading = new H2(getTranslation("pitfalls.name." + indicator.pitfall().name()));
            var state = new Span(getTranslation("pitfalls.state." + indicator.state().name()));
            state.addClassNames("pitfall-state", "pitfall-state-" + indicator.state().name().toLowerCase());
            var item = new ListItem(heading, state,
                    new Paragraph(getTranslation(indicator.reasonKey(), indicator.argumentArray())),
                    new Anchor(indicator.pitfall().link(),
                            getTranslation("pitfalls.link." + indicator.pitfall().name())));
            item.addClassName("pitfall");
            item.setId("pitfall-" + name);
            add(item);
        }
    }
}
