package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.Matching;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionStatus;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.Sessions;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingModuleSummary;
import app.involvement.training.TrainingModules;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One session: what, when and where, the partners asked and where they stand, finding and offering more, and
 * attendance once it has started. Another provider's session id is "not found", like an unknown id (the service
 * records the refusal).
 */
@Route(SessionNavigation.DETAILS + ":sessionId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class SessionDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Sessions sessions;
    private final Programmes programmes;
    private final ReferenceData referenceData;
    private final TrainingModules trainingModules;
    private final Offers offers;
    private final Matching matching;
    private final Attendances attendances;
    private String title = "";

    SessionDetailsView(Sessions sessions, Programmes programmes, ReferenceData referenceData,
            TrainingModules trainingModules, Offers offers, Matching matching, Attendances attendances) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.referenceData = referenceData;
        this.trainingModules = trainingModules;
        this.offers = offers;
        this.matching = matching;
        this.attendances = attendances;
        addClassName("session-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("sessionId").orElseThrow(NotFoundException::new);
        show(load(id));
    }

    private SessionDetails load(Long id) {
        try {
            return sessions.details(id);
        } catch (AccessDeniedException notThisProvidersSession) {
            throw new NotFoundException();
        }
    }

    private void reload(Long id) {
        show(load(id));
    }

    private void show(SessionDetails session) {
        removeAll();
        title = session.title();
        var header = session.status() == SessionStatus.PLANNED
                ? new PageHeader(title, lead(session), editButton(session), cancelButton(session))
                : new PageHeader(title, lead(session));
        add(new RouterLink(getTranslation("sessions.back"), SessionListView.class), header);
        List<ReferenceItem> categories = referenceData.experienceCategories();
        add(facts(session, categories));
        List<OfferRow> asked = offers.forSession(session.id());
        add(new PartnersSection(session, asked, offers, () -> reload(session.id())));
        if (session.status() == SessionStatus.PLANNED && !started(session)) {
            add(new FindPartnersSection(session, matching, offers, () -> reload(session.id())));
        }
        if (started(session) && session.status() != SessionStatus.CANCELLED) {
            add(new AttendanceSection(session, asked, attendances, () -> reload(session.id())));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private String lead(SessionDetails s) {
        String when = getTranslation("sessions.when", UkFormats.longDate(s.heldOn(), getLocale()), s.startTime(),
                s.endTime());
        return s.status() == SessionStatus.PLANNED ? when
                : getTranslation("sessions.when-status", when, getTranslation("sessions.status." + s.status()));
    }

    private Button editButton(SessionDetails session) {
        var edit = new Button(getTranslation("sessions.edit"), e -> SessionDialog.edit(sessions, programmes,
                referenceData, session, id -> reload(id)).open());
        edit.setId("session-edit");
        return edit;
    }

    private Button cancelButton(SessionDetails session) {
        var cancel = new Button(getTranslation("sessions.cancel"), e -> {
            var confirm = new ConfirmDialog(getTranslation("sessions.cancel.title"),
                    getTranslation("sessions.cancel.text", session.title()), getTranslation("sessions.cancel.confirm"),
                    ok -> {
                        try {
                            sessions.cancel(session.id());
                            Notices.success(getTranslation("sessions.cancelled"));
                        } catch (BusinessRuleException refused) {
                            Notices.error(Notices.message(refused));
                        }
                        reload(session.id());
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("sessions.cancel.keep"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("session-cancel-dialog");
            confirm.open();
        });
        cancel.setId("session-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        return cancel;
    }

    private DescriptionList facts(SessionDetails s, List<ReferenceItem> categories) {
        var facts = new DescriptionList();
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
        facts.add(new Term(getTranslation("sessions.fact.training")), training(s.activityTypeId()));
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
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new Term(getTranslation(key)), new Description(value));
    }

    private Description training(Long activityTypeId) {
        List<TrainingModuleSummary> required = trainingModules.requiredFor(activityTypeId);
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

    static boolean started(SessionDetails s) {
        return !Instant.now().isBefore(s.heldOn().atTime(s.startTime()).atZone(UkFormats.UK_TIME).toInstant());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.page-title", title);
    }
}
