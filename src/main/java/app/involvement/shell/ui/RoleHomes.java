package app.involvement.shell.ui;

import app.involvement.availability.AvailabilityNavigation;
import app.involvement.insights.Pitfalls;
import app.involvement.insights.ui.PitfallHomeCard;
import app.involvement.evidence.ReviewerAccess;
import app.involvement.evidence.ui.ReviewerHomeCard;
import app.involvement.feedback.MyFeedback;
import app.involvement.feedback.ui.TellUsHowItWentCard;
import app.involvement.feedback.ui.YouSaidWeDidCard;
import app.involvement.payments.Claims;
import app.involvement.payments.ui.ClaimsAwaitingApprovalCard;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentRuns;
import app.involvement.payments.ui.FinanceHomeCard;
import app.involvement.payments.ui.MyClaimsHomeCard;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.Pool;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.provider.Programmes;
import app.involvement.sessions.MySessions;
import app.involvement.sessions.SessionNavigation;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.sessions.SessionFigures;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.SessionRow;
import app.involvement.sessions.Sessions;
import app.involvement.sessions.Wellbeing;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.ProviderService;
import app.involvement.training.NamedContacts;
import app.involvement.training.SupportNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** Builds each role's home: real figures where the feature exists, an honest empty state where not. */
@SpringComponent
@UIScope
class RoleHomes {

    private final ProviderService providers;
    private final Programmes programmes;
    private final StaffDirectory staff;
    private final Pool pool;
    private final NamedContacts namedContacts;
    private final Sessions sessions;
    private final SessionFigures sessionFigures;
    private final ObjectProvider<Wellbeing> wellbeing;
    private final MySessions mySessions;
    private final MyClaims myClaims;
    private final PaymentRuns paymentRuns;
    private final ObjectProvider<Claims> claims;
    private final ObjectProvider<ReviewerAccess> reviewerAccess;
    private final MyFeedback myFeedback;
    private final Pitfalls pitfalls;

    RoleHomes(ProviderService providers, Programmes programmes, StaffDirectory staff, Pool pool,
            NamedContacts namedContacts, Sessions sessions, SessionFigures sessionFigures,
            ObjectProvider<Wellbeing> wellbeing, MySessions mySessions, MyClaims myClaims, PaymentRuns paymentRuns,
            ObjectProvider<Claims> claims, ObjectProvider<ReviewerAccess> reviewerAccess, MyFeedback myFeedback,
            Pitfalls pitfalls) {
        this.reviewerAccess = reviewerAccess;
        this.myFeedback = myFeedback;
        this.pitfalls = pitfalls;
        this.paymentRuns = paymentRuns;
        this.claims = claims;
        this.namedContacts = namedContacts;
        this.sessions = sessions;
        this.sessionFigures = sessionFigures;
        this.wellbeing = wellbeing;
        this.mySessions = mySessions;
        this.myClaims = myClaims;
        this.providers = providers;
        this.programmes = programmes;
        this.staff = staff;
        this.pool = pool;
    }

    Component forRole(Role role, PortalUser user) {
        String provider = user.activeMembership().map(m -> m.providerName()).orElse("");
        return switch (role) {
            case PLATFORM_ADMIN -> home(t("home.admin.title"), t("home.admin.lead"),
                    figure(t("home.admin.providers", providers.count()), "providers", t("home.admin.open")));
            case LEAD -> home(t("home.lead.title", provider), t("home.lead.lead"),
                    new PitfallHomeCard(pitfalls),
                    belowMinimum(),
                    openReferrals(),
                    erasureRequests(),
                    figure(t("home.pool.active", pool.countActive()), PartnerNavigation.LIST, t("home.pool.open")),
                    figure(t("home.programmes", programmes.count()), ProgrammeNavigation.LIST, t("home.programmes.open")),
                    figure(t("home.lead.staff", staff.count()), "staff", t("home.lead.staff.open")));
            case COORDINATOR -> home(t("home.coordinator.title", provider), t("home.coordinator.lead"),
                    thisWeek(),
                    belowMinimum(),
                    figure(t("home.sessions.open-offers", sessionFigures.openOffers()), SessionNavigation.LIST,
                            t("home.sessions.open")),
                    debriefs(),
                    new ClaimsAwaitingApprovalCard(claims.getObject()),
                    figure(t("home.pool.active", pool.countActive()), PartnerNavigation.LIST, t("home.pool.open")),
                    figure(t("home.coordinator.free"), AvailabilityNavigation.WHO_IS_FREE, t("home.coordinator.free.open")),
                    figure(t("home.programmes", programmes.count()), ProgrammeNavigation.LIST, t("home.programmes.open")));
            case FINANCE -> home(t("home.finance.title", provider), t("home.finance.lead"),
                    new FinanceHomeCard(paymentRuns, claims));
            case PARTNER -> home(t("home.partner.title", user.displayName()), t("home.partner.lead", provider),
                    mySessions(),
                    new TellUsHowItWentCard(myFeedback),
                    new MyClaimsHomeCard(myClaims),
                    new YouSaidWeDidCard(myFeedback),
                    figure(t("home.partner.profile"), PartnerNavigation.MY_PROFILE, t("home.partner.profile.open")),
                    figure(t("home.partner.availability"), AvailabilityNavigation.MY_AVAILABILITY,
                            t("home.partner.availability.open")),
                    namedContact(),
                    figure(t("home.partner.support"), SupportNavigation.MY_SUPPORT, t("home.partner.support.open")));
            case REVIEWER -> home(t("home.reviewer.title"), t("home.reviewer.lead"),
                    new ReviewerHomeCard(reviewerAccess.getObject()));
        };
    }

    private ObjectProvider<app.involvement.planning.ReviewCycles> reviewCycles;
    private java.time.Clock clock;

    /** The planning module's part of the lead's home (set apart from the constructor: added by the planning issue). */
    @org.springframework.beans.factory.annotation.Autowired
    void planning(ObjectProvider<app.involvement.planning.ReviewCycles> reviewCycles, java.time.Clock clock) {
        this.reviewCycles = reviewCycles;
        this.clock = clock;
    }

    /** Open referrals about involvement from the regulator's reviews (DD038). */
    private Component openReferrals() {
        var cycles = reviewCycles == null ? null : reviewCycles.getIfAvailable();
        return cycles == null ? new Div() : new app.involvement.planning.ui.OpenReferralsCard(cycles,
                java.time.LocalDate.now(clock.withZone(UkFormats.UK_TIME)));
    }

    private ObjectProvider<app.involvement.erasure.ErasureRequests> erasureRequests;

    /** The erasure module's part of the lead's home (set apart from the constructor, as planning's). */
    @org.springframework.beans.factory.annotation.Autowired
    void erasure(ObjectProvider<app.involvement.erasure.ErasureRequests> erasureRequests) {
        this.erasureRequests = erasureRequests;
    }

    /** Requests to leave and be forgotten still waiting (DD047). */
    private Component erasureRequests() {
        var requests = erasureRequests == null ? null : erasureRequests.getIfAvailable();
        return requests == null ? new Div() : new app.involvement.erasure.ui.ErasureRequestsCard(requests);
    }

    /** Sessions listed on a home; the heading counts all of them (up to a page). */
    private static final int HOME_LIST = 5;

    /** Planned sessions in the next seven days, each linked to its page. */
    private Component thisWeek() {
        var card = sessionList(sessions.thisWeek(SessionLimits.PAGE_SIZE_MAX), "home.sessions.week", "home.sessions.week.none");
        card.setId("home-sessions-week");
        return card;
    }

    /** Planned sessions with fewer places taken than their minimum, flagged. */
    private Component belowMinimum() {
        var card = sessionList(sessions.belowMinimum(SessionLimits.PAGE_SIZE_MAX), "home.sessions.below", "home.sessions.below.none");
        card.setId("home-sessions-below");
        return card;
    }

    private Div sessionList(List<SessionRow> rows, String headingKey, String noneKey) {
        var card = new Div(new H2(rows.isEmpty() ? t(noneKey) : t(headingKey, rows.size())));
        card.addClassName("home-figure");
        if (!rows.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("home-sessions");
            for (SessionRow row : rows.subList(0, Math.min(HOME_LIST, rows.size()))) {
                var link = new Anchor(SessionNavigation.DETAILS + row.id(), t("home.sessions.item",
                        UkFormats.date(row.heldOn(), UI.getCurrent().getLocale()), row.startTime(), row.title()));
                var item = new ListItem(link);
                if (row.belowMinimum()) {
                    var flag = new Span(t("home.sessions.flag", row.confirmed(), row.placesMinimum()));
                    flag.addClassName("session-flag");
                    item.add(new Span(" "), flag);
                }
                list.add(item);
            }
            card.add(list);
        }
        card.add(new Anchor(SessionNavigation.LIST, t("home.sessions.open")));
        return card;
    }

    /** Open debrief requests, once the wellbeing service is there. */
    private Component debriefs() {
        Wellbeing service = wellbeing.getIfAvailable();
        if (service == null) {
            return new Div();
        }
        return figure(t("home.sessions.debriefs", service.openDebriefCount()), SessionNavigation.DEBRIEFS,
                t("home.sessions.debriefs.open"));
    }

    /** Offers waiting for an answer and the next session, linking to "My sessions" (DD029). */
    private Component mySessions() {
        int waiting = mySessions.waiting().size();
        var card = new Div(new H2(waiting == 0 ? t("home.partner.sessions.none-waiting")
                : t("home.partner.sessions.waiting", waiting)));
        card.addClassName("home-figure");
        card.setId("home-my-sessions");
        mySessions.upcoming().stream().findFirst().ifPresentOrElse(
                next -> card.add(new Paragraph(t("home.partner.sessions.next", next.title(),
                        UkFormats.longDate(next.heldOn(), UI.getCurrent().getLocale()),
                        next.startTime().toString()))),
                () -> card.add(new Paragraph(t("home.partner.sessions.no-next"))));
        card.add(new Anchor(SessionNavigation.MY_SESSIONS, t("home.partner.sessions.open")));
        return card;
    }

    /** Who the partner can turn to, and how to reach them (DD023). */
    private Component namedContact() {
        var card = new Div(new H2(t("home.partner.contact")));
        card.addClassName("home-figure");
        card.setId("home-named-contact");
        namedContacts.mine().ifPresentOrElse(c -> {
            var email = new Anchor("mailto:" + c.email(), c.email());
            email.setAriaLabel(t("home.partner.contact.email", c.name(), c.email()));
            card.add(new Paragraph(t("home.partner.contact.named", c.name())), email);
        }, () -> card.add(new Paragraph(t("home.partner.contact.none"))));
        return card;
    }

    Component noRole() {
        return home(t("home.none.title"), t("home.none.lead"));
    }

    private Component home(String title, String lead, Component... sections) {
        var home = new Div(new PageHeader(title, lead));
        home.add(sections);
        return home;
    }

    private Component figure(String text, String route, String linkText) {
        var card = new Div(new H2(text), new Anchor(route, linkText));
        card.addClassName("home-figure");
        return card;
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
