package app.involvement.shell.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ProviderChoice;
import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Not found", shown alike for a page that does not exist, a record of another provider and a page
 * the person's role may not open — so no one learns what exists elsewhere.
 */
@AnonymousAllowed
public class NotFoundView extends CenteredPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final CurrentUser currentUser;

    public NotFoundView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setHeading(getTranslation("error.not-found.title"));
        addContent(new Paragraph(getTranslation("error.not-found.text")), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (currentUser.mustChooseProvider()) {
            // a page of a provider's role, opened before choosing the provider: choose, then come back
            ProviderChoice.chooseFirst(event);
            return HttpStatusCode.OK.getCode();
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
