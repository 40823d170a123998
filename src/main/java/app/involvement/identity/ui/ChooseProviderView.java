package app.involvement.identity.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.ProviderChoice;
import app.involvement.shared.ui.CenteredPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** After login, a person who belongs to several providers picks the one to work in; they can switch later. */
@Route(value = "choose-provider", autoLayout = false)
@PermitAll
public class ChooseProviderView extends CenteredPage implements HasDynamicTitle {

    public ChooseProviderView(CurrentUser currentUser, AuthenticationContext authentication) {
        setHeading(getTranslation("choose.title"));
        var list = new UnorderedList();
        list.addClassName("choice-list");
        for (MembershipView m : currentUser.memberships()) {
            var choose = new Button(getTranslation("choose.option", m.providerName(), getTranslation("role." + m.role())), e -> {
                currentUser.choose(m.membershipId());
                UI.getCurrent().getPage().setLocation("/" + ProviderChoice.takeWanted());
            });
            choose.addThemeVariants(ButtonVariant.PRIMARY);
            choose.setWidthFull();
            list.add(new ListItem(choose));
        }
        var logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        long count = list.getChildren().count();
        if (count == 0 && currentUser.get().flatMap(u -> u.platformRole()).isPresent()) {
            addContent(new Paragraph(getTranslation("choose.none.platform")), new Anchor("", getTranslation("error.home")),
                    logout);
        } else if (count == 0) {
            addContent(new Paragraph(getTranslation("choose.none")), logout);
        } else {
            addContent(new Paragraph(getTranslation(count == 1 ? "choose.lead.one" : "choose.lead")), list, logout);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choose.title");
    }
}
