package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.Objective;
import app.involvement.planning.ObjectiveStatus;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.Strategies;
import app.involvement.planning.Strategy;
import app.involvement.shared.ui.EmptyState;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The provider's involvement strategy (text, owner, dates) and its objectives, each with a measure, a target, an
 * owner and progress. The lead writes them; coordinators read them. Three queries whatever the content.
 */
@Route(PlanningNavigation.STRATEGY)
@Menu(title = "planning.menu.strategy", order = 50)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class StrategyView extends VerticalLayout implements HasDynamicTitle {

    private final Strategies strategies;
    private final boolean lead;
    private final LocalDate today;

    StrategyView(Strategies strategies, CurrentUser currentUser, Clock clock) {
        this.strategies = strategies;
        this.lead = PlanningUi.isLead(currentUser);
        this.today = PlanningUi.today(clock);
        addClassName("planning-page");
        show();
    }

    private void show() {
        removeAll();
        var strategy = strategies.current();
        if (strategy.isEmpty()) {
            if (lead) {
                var write = new Button(getTranslation("strategy.write"),
                        e -> new StrategyDialog(strategies, null, this::show).open());
                write.setId("strategy-write");
                write.addThemeVariants(ButtonVariant.PRIMARY);
                add(new PageHeader(getTranslation("strategy.title"), getTranslation("strategy.lead"), write));
            } else {
                add(new PageHeader(getTranslation("strategy.title"), getTranslation("strategy.lead.read-only")));
            }
            add(new EmptyState(getTranslation("strategy.none"), getTranslation(lead ? "strategy.none.text"
                    : "strategy.none.text.read-only")));
            return;
        }
        var s = strategy.get();
        if (lead) {
            var edit = new Button(getTranslation("strategy.edit"),
                    e -> new StrategyDialog(strategies, s.input(), this::show).open());
            edit.setId("strategy-edit");
            add(new PageHeader(getTranslation("strategy.title"), getTranslation("strategy.lead"), edit));
        } else {
            add(new PageHeader(getTranslation("strategy.title"), getTranslation("strategy.lead.read-only")));
        }
        add(strategySection(s), objectivesSection(s));
    }

    private Section strategySection(Strategy s) {
        var section = new Section(new H2(s.title()));
        section.setId("strategy-details");
        section.addClassName("planning-card");
        section.add(PlanningUi.facts(
                getTranslation("strategy.field.owner"), s.owner(),
                getTranslation("strategy.field.starts"), PlanningUi.day(s.startsOn()),
                getTranslation("strategy.field.ends"), PlanningUi.day(s.endsOn())));
        section.add(PlanningUi.badge(getTranslation(s.inForceOn(today) ? "strategy.in-force"
                : s.startsOn().isAfter(today) ? "strategy.not-yet" : "strategy.ended"),
                s.inForceOn(today) ? "good" : "warning"));
        var text = new Paragraph(s.text());
        text.addClassName("planning-text");
        section.add(text);
        return section;
    }

    private Section objectivesSection(Strategy s) {
        var heading = new H2(getTranslation("objectives.title", s.objectives().size()));
        var section = new Section(heading);
        section.setId("objectives");
        if (lead) {
            var add = new Button(getTranslation("objectives.add"),
                    e -> new ObjectiveDialog(strategies, null, this::show).open());
            add.setId("objective-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(add);
        }
        if (s.objectives().isEmpty()) {
            section.add(new Paragraph(getTranslation("objectives.none")));
        }
        for (Objective o : s.objectives()) {
            section.add(objective(o));
        }
        return section;
    }

    private Div objective(Objective o) {
        var card = new Div(new H3(o.title()));
        card.setId("objective-" + o.id());
        card.addClassName("planning-card");
        card.add(PlanningUi.badge(getTranslation("objectives.status." + o.status()), variant(o.status())));
        card.add(PlanningUi.facts(
                getTranslation("objectives.field.measure"), o.measure(),
                getTranslation("objectives.field.target"), o.target(),
                getTranslation("objectives.field.owner"), o.owner(),
                getTranslation("objectives.field.progress"), PlanningUi.orNone(o.progress())));
        if (lead) {
            var edit = new Button(getTranslation("objectives.edit"),
                    e -> new ObjectiveDialog(strategies, o, this::show).open());
            edit.setAriaLabel(getTranslation("objectives.edit-of", o.title()));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(edit);
        }
        return card;
    }

    static String variant(ObjectiveStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> "good";
            case AT_RISK -> "warning";
            case NOT_STARTED -> "neutral";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("strategy.title");
    }
}
