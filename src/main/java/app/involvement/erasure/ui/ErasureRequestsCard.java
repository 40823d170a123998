package app.involvement.erasure.ui;

import app.involvement.erasure.ErasureLimits;
import app.involvement.erasure.ErasureNavigation;
import app.involvement.erasure.ErasureRequestRow;
import app.involvement.erasure.ErasureRequests;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The lead's home: requests to leave and be forgotten still waiting, oldest first. */
public class ErasureRequestsCard extends Div {

    public ErasureRequestsCard(ErasureRequests requests) {
        long open = requests.countOpen();
        addClassName("home-figure");
        setId("home-erasure-requests");
        add(new H2(open == 0 ? getTranslation("erasure.home.none") : getTranslation("erasure.home.waiting", open)));
        if (open > 0) {
            var list = new UnorderedList();
            list.addClassName("home-sessions");
            for (ErasureRequestRow r : requests.oldestOpen(ErasureLimits.HOME_LIST)) {
                list.add(new ListItem(new Anchor(ErasureNavigation.request(r.id()), getTranslation("erasure.home.item",
                        r.partnerName(), UkFormats.date(r.requestedAt(), UI.getCurrent().getLocale())))));
            }
            add(list);
        }
        add(new Anchor(ErasureNavigation.REQUESTS, getTranslation("erasure.home.link")));
    }
}
