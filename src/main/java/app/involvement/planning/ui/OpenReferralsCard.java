package app.involvement.planning.ui;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.Referral;
import app.involvement.planning.ReviewCycles;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;

/** The lead's home: referrals from the regulator's reviews about involvement that are still open, soonest due first. */
public class OpenReferralsCard extends Div {

    public OpenReferralsCard(ReviewCycles cycles, LocalDate today) {
        var open = cycles.openInvolvementReferrals(PlanningLimits.HOME_REFERRALS + 1);
        addClassName("home-figure");
        setId("home-open-referrals");
        boolean more = open.size() > PlanningLimits.HOME_REFERRALS;
        add(new H2(open.isEmpty() ? getTranslation("planning.home.none")
                : more ? getTranslation("planning.home.more", PlanningLimits.HOME_REFERRALS)
                : getTranslation("planning.home.open", open.size())));
        if (!open.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("home-sessions");
            for (Referral r : open.subList(0, Math.min(open.size(), PlanningLimits.HOME_REFERRALS))) {
                var item = new ListItem(new Anchor(PlanningNavigation.REVIEW_CYCLE + r.cycleId() + "#referral-" + r.id(),
                        getTranslation("planning.home.item", shorten(r.issue()),
                                UkFormats.date(r.dueOn(), UI.getCurrent().getLocale()))));
                if (r.dueOn().isBefore(today)) {
                    var flag = new Span(getTranslation("review-cycles.referral.overdue"));
                    flag.addClassName("session-flag");
                    item.add(new Span(" "), flag);
                }
                list.add(item);
            }
            add(list);
        }
        add(new Anchor(PlanningNavigation.REVIEW_CYCLES, getTranslation("planning.home.link")));
    }

    private static String shorten(String issue) {
        return issue.length() <= 80 ? issue : issue.substring(0, 79).strip() + "…";
    }
}
