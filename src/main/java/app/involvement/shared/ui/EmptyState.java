package app.involvement.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** An honest "nothing here yet" panel that says what will appear and why it is empty. */
public class EmptyState extends Div {

    public EmptyState(String heading, String text) {
        addClassName("empty-state");
        add(new H2(heading), new Paragraph(text));
    }
}
