package app.involvement.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/** The footer of every page, signed in or not: the link to the accessibility statement. */
public class SiteFooter extends Footer {

    /** The route of the accessibility statement, open to everyone. */
    public static final String ACCESSIBILITY = "accessibility";

    public SiteFooter() {
        addClassName("site-footer");
        var statement = new Anchor(ACCESSIBILITY, getTranslation("accessibility.link"));
        statement.setId("footer-accessibility");
        add(statement);
    }
}
