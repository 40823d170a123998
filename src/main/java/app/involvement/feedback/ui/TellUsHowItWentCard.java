package app.involvement.feedback.ui;

import app.involvement.feedback.FeedbackInvite;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.feedback.MyFeedback;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The partner's home card "Tell us how it went": sessions of the last weeks they attended and have not given
 * feedback on, each a link to its feedback page. Not shown when there are none (one query).
 */
public class TellUsHowItWentCard extends Div {

    public TellUsHowItWentCard(MyFeedback myFeedback) {
        addClassName("home-figure");
        setId("home-tell-us");
        List<FeedbackInvite> invites = myFeedback.toGive();
        setVisible(!invites.isEmpty());
        if (invites.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("my-feedback.home.title")));
        var list = new UnorderedList();
        list.addClassName("home-sessions");
        for (FeedbackInvite invite : invites) {
            var link = new Anchor(FeedbackNavigation.MY_FEEDBACK + invite.sessionId(),
                    getTranslation("my-feedback.home.item", invite.title(), UkFormats.longDate(invite.heldOn(), getLocale())));
            list.add(new ListItem(link));
        }
        add(list);
    }
}
