package app.involvement.sessions.ui;

import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionKind;
import app.involvement.training.TrainingModuleSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything about a session for staff, as terms and descriptions, with the training its activity type requires. */
class SessionFactList extends DescriptionList {

    SessionFactList(SessionDetails s, List<ReferenceItem> categories, List<TrainingModuleSummary> required) {
        var facts = this;
        facts.setId("session-facts");
        facts.addClassName("session-facts");
        fact(facts, "sessions.fact.programme", s.programmeName());
        fact(facts, "sessions.fact.type", s.activityTypeName());
        fact(facts, "sessions.fact.duration", duration(s.durationMinutes()));
        fact(facts, "sessions.fact.place", s.place() == null ? getTranslation("sessions.none") : s.place());
        if (s.onlineLink() != null) {
            var link = new Anchor(s.onlineLink(), s.onlineLink(), AnchorTarget.BLANK);
            facts.add(new Term(getTranslation("sessions.fact.online-link")), new Description(link));
        }
        fact(facts, "sessions.fact.places", getTranslation("sessions.places", s.confirmed(), s.placesTarget(),
                s.placesMinimum()));
        if (s.belowMinimum()) {
            var flag = new Span(getTranslation("sessions.below-minimum"));
            flag.addClassName("session-flag");
            facts.add(new Term(getTranslation("sessions.fact.flag")), new Description(flag));
        }
        fact(facts, "sessions.fact.level", getTranslation("sessions.level." + s.level()));
        fact(facts, "sessions.fact.kind", s.kind() == SessionKind.SIMULATION_REUSE
                ? getTranslation("sessions.kind.reuse-note") : getTranslation("sessions.kind." + s.kind()));
        facts.add(new Term(getTranslation("sessions.fact.training")), training(required));
        fact(facts, "sessions.fact.wanted", wanted(s, categories));
        fact(facts, "sessions.fact.description", s.description());
        fact(facts, "sessions.fact.preparation", s.preparation() == null ? getTranslation("sessions.none")
                : s.preparation());
        if (s.preparationLink() != null) {
            facts.add(new Term(getTranslation("sessions.fact.preparation-link")),
                    new Description(new Anchor(s.preparationLink(), s.preparationLink(), AnchorTarget.BLANK)));
        }
        fact(facts, "sessions.fact.wellbeing", s.wellbeingNotes() == null ? getTranslation("sessions.none")
                : s.wellbeingNotes());
        fact(facts, "sessions.fact.payment", s.paymentNote() == null ? getTranslation("sessions.none") : s.paymentNote());
        fact(facts, "sessions.fact.declarations", declarations(s));
        fact(facts, "sessions.fact.offers", getTranslation("sessions.offer-mode." + s.offerMode()));
        fact(facts, "sessions.fact.offer-hours", getTranslation("sessions.offer-hours", s.offerValidHours()));
        fact(facts, "sessions.fact.reminder", s.reminderDays() == 0 ? getTranslation("sessions.reminder.none")
                : getTranslation("sessions.reminder.days", s.reminderDays()));
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new Term(getTranslation(key)), new Description(value));
    }

    private Description training(List<TrainingModuleSummary> required) {
        if (required.isEmpty()) {
            return new Description(getTranslation("sessions.training.none"));
        }
        var list = new UnorderedList();
        list.setId("session-training");
        required.forEach(m -> list.add(new ListItem(m.title())));
        return new Description(list);
    }

    private String wanted(SessionDetails s, List<ReferenceItem> categories) {
        if (s.wantedCategoryIds().isEmpty()) {
            return getTranslation("sessions.wanted.none");
        }
        Map<Long, String> names = categories.stream().collect(Collectors.toMap(ReferenceItem::id, ReferenceItem::name));
        String list = s.wantedCategoryIds().stream().map(names::get).filter(n -> n != null).sorted()
                .collect(Collectors.joining(", "));
        return getTranslation(s.experienceRequired() ? "sessions.wanted.required" : "sessions.wanted.preferred", list);
    }

    private String declarations(SessionDetails s) {
        if (!s.confidentialityNeeded() && !s.conflictCheckNeeded()) {
            return getTranslation("sessions.declarations.none");
        }
        if (s.confidentialityNeeded() && s.conflictCheckNeeded()) {
            return getTranslation("sessions.declarations.both");
        }
        return getTranslation(s.confidentialityNeeded() ? "sessions.declarations.confidentiality"
                : "sessions.declarations.conflict");
    }

    private String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return getTranslation("sessions.duration.minutes", m);
        }
        return m == 0 ? getTranslation("sessions.duration.hours", h) : getTranslation("sessions.duration.both", h, m);
    }
}
