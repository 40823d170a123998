package app.involvement.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The heading of a view inside the main layout, with an optional lead paragraph and actions. */
public class PageHeader extends Header {

    public PageHeader(String title, String lead, Component... actions) {
        addClassName("page-header");
        H1 heading = new H1(title);
        heading.setId("page-heading");
        add(heading);
        if (lead != null) {
            add(new Paragraph(lead));
        }
        if (actions.length > 0) {
            var bar = new com.vaadin.flow.component.html.Div(actions);
            bar.addClassName("page-actions");
            add(bar);
        }
    }
}
