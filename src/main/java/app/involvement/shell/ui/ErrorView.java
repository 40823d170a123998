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
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Any unexpected failure during navigation: logged in full, shown to the person without details. */
@AnonymousAllowed
public class ErrorView extends CenteredPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private final CurrentUser currentUser;
    private String title = "";

    public ErrorView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof AccessDeniedException && currentUser.mustChooseProvider()) {
            ProviderChoice.chooseFirst(event);
            return HttpStatusCode.OK.getCode();
        }
        if (parameter.getCaughtException() instanceof AccessDeniedException) {
            show("error.not-found");
            return HttpStatusCode.NOT_FOUND.getCode();
        }
        LOG.error("Navigation to {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.general");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    private void show(String key) {
        title = getTranslation(key + ".title");
        setHeading(title);
        replaceContent(new Paragraph(getTranslation(key + ".text")), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
