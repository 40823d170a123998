package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.Declarations;
import app.involvement.sessions.Matching;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionStatus;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.Sessions;
import app.involvement.sessions.Wellbeing;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingModules;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
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
    private final Declarations declarations;
    private final Wellbeing wellbeing;
    private String title = "";

    SessionDetailsView(Sessions sessions, Programmes programmes, ReferenceData referenceData,
            TrainingModules trainingModules, Offers offers, Matching matching, Attendances attendances,
            Declarations declarations, Wellbeing wellbeing) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.referenceData = referenceData;
        this.trainingModules = trainingModules;
        this.offers = offers;
        this.matching = matching;
        this.attendances = attendances;
        this.declarations = declarations;
        this.wellbeing = wellbeing;
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
        add(new SessionFactList(session, categories, trainingModules.requiredFor(session.activityTypeId())));
        if (session.status() == SessionStatus.COMPLETED) {
            // evaluation lives in the feedback module, which depends on sessions: a plain route, never a class (DD039)
            var feedback = new com.vaadin.flow.component.html.Anchor("session-feedback/" + session.id(),
                    getTranslation("session-feedback.link"));
            feedback.setId("session-feedback-link");
            feedback.getElement().setAttribute("router-link", true);
            add(feedback);
        }
        List<OfferRow> asked = offers.forSession(session.id());
        add(new PartnersSection(session, asked, offers, () -> reload(session.id())));
        if (asked.stream().anyMatch(o -> o.status() == OfferStatus.CONFIRMED)) {
            add(new DeclarationsSection(declarations.forSession(session.id()), wellbeing.checkIns(session.id())));
        }
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

    static boolean started(SessionDetails s) {
        return !Instant.now().isBefore(s.heldOn().atTime(s.startTime()).atZone(UkFormats.UK_TIME).toInstant());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.page-title", title);
    }
}
