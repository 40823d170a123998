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
import com.vaadin.flow.component.html.Span;
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
import java.util.function.Function;
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
        String when = getTranslation("session.when", UkFormats.longDate(s.heldOn(), getLocale()), s.startTime(),
                s.endTime());
        return s.status() == SessionStatus.PLANNED ? when
                : getTranslation("session.when-status", when, getTranslation("sessions.status." + s.status()));
    }

    private Button editButton(SessionDetails session) {
        var edit = new Button(getTranslation("session.edit"), e -> SessionDialog.edit(sessions, programmes,
                referenceData, session, id -> reload(id)).open());
        edit.setId("session-edit");
        return edit;
    }

    private Button cancelButton(SessionDetails session) {
        var cancel = new Button(getTranslation("session.cancel"), e -> {
            var confirm = new ConfirmDialog(getTranslation("session.cancel.title"),
                    getTranslation("session.cancel.text", session.title()), getTranslation("session.cancel.confirm"),
                    ok -> {
                        try {
                            sessions.cancel(session.id());
                            Notices.success(getTranslation("session.cancelled"));
                        } catch (BusinessRuleException refused) {
                            Notices.error(Notices.message(refused));
                        }
                        reload(session.id());
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("session.cancel.keep"));
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
        fact(facts, "session.fact.programme", s.programmeName());
        fact(facts, "session.fact.type", s.activityTypeName());
        fact(facts, "session.fact.duration", duration(s.durationMinutes()));
        fact(facts, "session.fact.place", s.place() == null ? getTranslation("session.none") : s.place());
        if (s.onlineLink() != null) {
            var link = new Anchor(s.onlineLink(), s.onlineLink(), AnchorTarget.BLANK);
            facts.add(new Term(getTranslation("session.fact.online-link")), new Description(link));
        }
        fact(facts, "session.fact.places", getTranslation("session.places", s.confirmed(), s.placesTarget(),
                s.placesMinimum()));
        if (s.belowMinimum()) {
            var flag = new Span(getTranslation("sessions.below-minimum"));
            flag.addClassName("session-flag");
            facts.add(new Term(getTranslation("session.fact.flag")), new Description(flag));
        }
        fact(facts, "session.fact.level", getTranslation("session.level." + s.level()));
        fact(facts, "session.fact.kind", getTranslation("session.kind." + s.kind())
                + (s.kind() == SessionKind.SIMULATION_REUSE ? " " + getTranslation("session.kind.reuse-note") : ""));
        fact(facts, "session.fact.training", training(s.activityTypeId()));
        fact(facts, "session.fact.wanted", wanted(s, categories));
        fact(facts, "session.fact.description", s.description());
        fact(facts, "session.fact.preparation", s.preparation() == null ? getTranslation("session.none")
                : s.preparation());
        if (s.preparationLink() != null) {
            facts.add(new Term(getTranslation("session.fact.preparation-link")),
                    new Description(new Anchor(s.preparationLink(), s.preparationLink(), AnchorTarget.BLANK)));
        }
        fact(facts, "session.fact.wellbeing", s.wellbeingNotes() == null ? getTranslation("session.none")
                : s.wellbeingNotes());
        fact(facts, "session.fact.payment", s.paymentNote() == null ? getTranslation("session.none") : s.paymentNote());
        fact(facts, "session.fact.declarations", declarations(s));
        fact(facts, "session.fact.offers", getTranslation("session.offer-mode." + s.offerMode()) + " "
                + getTranslation("session.offer-hours", s.offerValidHours()));
        fact(facts, "session.fact.reminder", s.reminderDays() == 0 ? getTranslation("session.reminder.none")
                : getTranslation("session.reminder.days", s.reminderDays()));
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new Term(getTranslation(key)), new Description(value));
    }

    private String training(Long activityTypeId) {
        List<TrainingModuleSummary> required = trainingModules.requiredFor(activityTypeId);
        return required.isEmpty() ? getTranslation("session.training.none")
                : required.stream().map(TrainingModuleSummary::title).collect(Collectors.joining(", "));
    }

    private String wanted(SessionDetails s, List<ReferenceItem> categories) {
        if (s.wantedCategoryIds().isEmpty()) {
            return getTranslation("session.wanted.none");
        }
        Map<Long, String> names = categories.stream().collect(Collectors.toMap(ReferenceItem::id, ReferenceItem::name));
        String list = s.wantedCategoryIds().stream().map(names::get).filter(n -> n != null).sorted()
                .collect(Collectors.joining(", "));
        return getTranslation(s.experienceRequired() ? "session.wanted.required" : "session.wanted.preferred", list);
    }

    private String declarations(SessionDetails s) {
        if (!s.confidentialityNeeded() && !s.conflictCheckNeeded()) {
            return getTranslation("session.declarations.none");
        }
        return List.of(s.confidentialityNeeded() ? getTranslation("session.declarations.confidentiality") : "",
                s.conflictCheckNeeded() ? getTranslation("session.declarations.conflict") : "").stream()
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(", "));
    }

    private String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return getTranslation("session.duration.minutes", m);
        }
        return m == 0 ? getTranslation("session.duration.hours", h) : getTranslation("session.duration.both", h, m);
    }

    static boolean started(SessionDetails s) {
        return !Instant.now().isBefore(s.heldOn().atTime(s.startTime()).atZone(UkFormats.UK_TIME).toInstant());
    }

    static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.page-title", title);
    }
}
