package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.ActivityStatus;
import app.involvement.planning.CoveredProgramme;
import app.involvement.planning.EvidenceLink;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.QualityActivity;
import app.involvement.planning.Referral;
import app.involvement.planning.ReferralStatus;
import app.involvement.planning.ReviewCycleDetails;
import app.involvement.planning.ReviewCycles;
import app.involvement.provider.Programmes;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * One review cycle: its dates and programmes, the quality activities (question, response, evidence linked from the
 * portal, status) and the referrals. The lead records and updates them; coordinators read. Another provider's id is
 * "not found", like an unknown id (and audited).
 */
@Route(PlanningNavigation.REVIEW_CYCLES + "/:" + ReviewCycleView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ReviewCycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "cycleId";

    private final ReviewCycles cycles;
    private final Programmes programmes;
    private final boolean lead;
    private final LocalDate today;
    private String title = "";

    ReviewCycleView(ReviewCycles cycles, Programmes programmes, CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.programmes = programmes;
        this.lead = PlanningUi.isLead(currentUser);
        this.today = PlanningUi.today(clock);
        addClassName("planning-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        try {
            show(cycles.get(id));
        } catch (AccessDeniedException notThisProvidersCycle) {
            throw new NotFoundException();
        }
    }

    private void show(ReviewCycleDetails cycle) {
        removeAll();
        title = getTranslation("review-cycles.page-title", getTranslation("review-cycles.kind." + cycle.kind()),
                PlanningUi.day(cycle.startsOn()));
        add(new RouterLink(getTranslation("review-cycles.back"), ReviewCycleListView.class));
        Runnable reload = () -> show(cycles.get(cycle.id()));
        if (lead) {
            var edit = new Button(getTranslation("review-cycles.edit"), e -> new CycleDialog(cycles,
                    programmes.list(PageRequest.of(0, PlanningLimits.MAX_PROGRAMMES)), cycle.id(), cycle.input(),
                    id -> reload.run()).open());
            edit.setId("cycle-edit");
            add(new PageHeader(title, getTranslation("review-cycles.page.lead"), edit));
        } else {
            add(new PageHeader(title, getTranslation("review-cycles.page.lead.read-only")));
        }
        add(PlanningUi.facts(
                getTranslation("review-cycles.field.starts"), PlanningUi.day(cycle.startsOn()),
                getTranslation("review-cycles.field.ends"), cycle.endsOn() == null
                        ? getTranslation("review-cycles.ongoing") : PlanningUi.day(cycle.endsOn()),
                getTranslation("review-cycles.field.summary"), PlanningUi.orNone(cycle.summary())));
        add(programmes(cycle.programmes()));
        List<EvidenceLink> links = lead || cycle.activities().stream().anyMatch(a -> a.evidencePath() != null)
                ? cycles.evidenceLinks() : List.of();
        add(activities(cycle, links, reload), referrals(cycle, reload));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Section programmes(List<CoveredProgramme> covered) {
        var section = new Section(new H2(getTranslation("review-cycles.programmes", covered.size())));
        section.setId("cycle-programmes-covered");
        if (covered.isEmpty()) {
            section.add(new Paragraph(getTranslation("review-cycles.programmes.none")));
        } else {
            var list = new UnorderedList();
            covered.forEach(p -> list.add(new ListItem(new Anchor("programmes/" + p.id(), p.name()))));
            section.add(list);
        }
        return section;
    }

    private Section activities(ReviewCycleDetails cycle, List<EvidenceLink> links, Runnable reload) {
        var section = new Section(new H2(getTranslation("review-cycles.activities", cycle.activities().size())));
        section.setId("cycle-activities");
        if (lead) {
            var add = new Button(getTranslation("review-cycles.activity.add"),
                    e -> new ActivityDialog(cycles, cycle.id(), links, null, reload).open());
            add.setId("activity-add");
            section.add(add);
        }
        if (cycle.activities().isEmpty()) {
            section.add(new Paragraph(getTranslation("review-cycles.activities.none")));
        }
        Map<String, EvidenceLink> byPath = links.stream()
                .collect(Collectors.toMap(EvidenceLink::path, Function.identity(), (a, b) -> a));
        int n = 1;
        for (QualityActivity a : cycle.activities()) {
            section.add(activity(cycle.id(), a, n++, links, byPath, reload));
        }
        return section;
    }

    private Div activity(Long cycleId, QualityActivity a, int n, List<EvidenceLink> links,
            Map<String, EvidenceLink> byPath, Runnable reload) {
        var card = new Div(new H3(getTranslation("review-cycles.activity.heading", n)));
        card.setId("activity-" + a.id());
        card.addClassName("planning-card");
        card.add(PlanningUi.badge(getTranslation("review-cycles.activity.status." + a.status()),
                a.status() == ActivityStatus.OPEN ? "warning" : "good"));
        card.add(PlanningUi.facts(
                getTranslation("review-cycles.activity.question"), a.question(),
                getTranslation("review-cycles.activity.response"), PlanningUi.orNone(a.response())));
        card.add(evidence(a.evidencePath(), byPath));
        if (lead) {
            var edit = new Button(getTranslation("review-cycles.activity.edit"),
                    e -> new ActivityDialog(cycles, cycleId, links, a, reload).open());
            edit.setAriaLabel(getTranslation("review-cycles.activity.edit-of", n));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(edit);
        }
        return card;
    }

    private Component evidence(String path, Map<String, EvidenceLink> byPath) {
        var list = new DescriptionList();
        list.addClassName("planning-facts");
        Component value;
        if (path == null) {
            value = new Span(getTranslation("planning.none-given"));
        } else {
            var link = byPath.get(path);
            value = link == null ? new Span(getTranslation("review-cycles.evidence.gone"))
                    : new Anchor(path, ActivityDialog.label(link));
        }
        list.add(new DescriptionList.Term(getTranslation("review-cycles.activity.evidence")),
                new DescriptionList.Description(value));
        return list;
    }

    private Section referrals(ReviewCycleDetails cycle, Runnable reload) {
        var section = new Section(new H2(getTranslation("review-cycles.referrals", cycle.referrals().size())));
        section.setId("cycle-referrals");
        if (lead) {
            var add = new Button(getTranslation("review-cycles.referral.add"),
                    e -> new ReferralDialog(cycles, cycle.id(), null, reload).open());
            add.setId("referral-add");
            section.add(add);
        }
        if (cycle.referrals().isEmpty()) {
            section.add(new Paragraph(getTranslation("review-cycles.referrals.none")));
        }
        int n = 1;
        for (Referral r : cycle.referrals()) {
            section.add(referral(cycle.id(), r, n++, reload));
        }
        return section;
    }

    private Div referral(Long cycleId, Referral r, int n, Runnable reload) {
        var card = new Div(new H3(getTranslation("review-cycles.referral.heading", n)));
        card.setId("referral-" + r.id());
        card.addClassName("planning-card");
        boolean open = r.status() == ReferralStatus.OPEN;
        boolean overdue = open && r.dueOn().isBefore(today);
        card.add(PlanningUi.badge(getTranslation(overdue ? "review-cycles.referral.overdue"
                : "review-cycles.referral.status." + r.status()), open ? "warning" : "good"));
        card.add(PlanningUi.facts(
                getTranslation("review-cycles.referral.issue"), r.issue(),
                getTranslation("review-cycles.referral.referred-to"), getTranslation("review-cycles.kind." + r.referredTo()),
                getTranslation("review-cycles.referral.due"), PlanningUi.day(r.dueOn()),
                getTranslation("review-cycles.referral.about-involvement"),
                getTranslation(r.aboutInvolvement() ? "planning.yes" : "planning.no")));
        if (lead) {
            var edit = new Button(getTranslation("review-cycles.referral.edit"),
                    e -> new ReferralDialog(cycles, cycleId, r, reload).open());
            edit.setAriaLabel(getTranslation("review-cycles.referral.edit-of", n));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(edit);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
