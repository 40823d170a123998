package app.involvement.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;

/**
 * A page outside the main layout (login, links from e-mails): one main landmark with one heading in one
 * column, the language switch (these pages have no header) and the site footer under it.
 */
public class CenteredPage extends Div {

    private final H1 heading = new H1();
    private final Div body = new Div();
    private final LanguageSwitch languageSwitch = new LanguageSwitch();

    public CenteredPage() {
        addClassName("centered-page");
        body.addClassName("centered-page-body");
        heading.setId("page-heading");
        body.add(languageSwitch, heading);
        add(new Main(body), new SiteFooter());
    }

    protected void setHeading(String text) {
        heading.setText(text);
    }

    protected void addContent(Component... components) {
        body.add(components);
    }

    protected void replaceContent(Component... components) {
        body.removeAll();
        body.add(languageSwitch, heading);
        body.add(components);
    }
}
