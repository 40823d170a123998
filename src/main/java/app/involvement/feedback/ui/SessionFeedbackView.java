package app.involvement.feedback.ui;

import app.involvement.feedback.Actions;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.feedback.SessionFeedback;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evaluating one session, for the lead and coordinators (DD039): the partners' feedback, the reader's own
 * feedback and other staff's, the learners' feedback as counts and comments, and the actions raised from it with a
 * form to raise one. Linked from the session's page once it is completed. Another provider's session is "not
 * found", like an unknown id (the service records the refusal).
 */
@Route(FeedbackNavigation.SESSION_FEEDBACK + ":sessionId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class SessionFeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionFeedback sessionFeedback;
    private final Actions actions;
    private final StaffDirectory staffDirectory;
    private String title = "";

    SessionFeedbackView(SessionFeedback sessionFeedback, Actions actions, StaffDirectory staffDirectory) {
        this.sessionFeedback = sessionFeedback;
        this.actions = actions;
        this.staffDirectory = staffDirectory;
        addClassName("session-feedback-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("sessionId").orElseThrow(NotFoundException::new);
        show(load(id));
    }

    private SessionEvaluation load(Long id) {
        try {
            return sessionFeedback.evaluation(id);
        } catch (AccessDeniedException notThisProvidersSession) {
            throw new NotFoundException();
        }
    }

    private void show(SessionEvaluation evaluation) {
        removeAll();
        title = evaluation.title();
        var back = new Anchor("sessions/" + evaluation.sessionId(), getTranslation("session-feedback.back"));
        back.addClassName("back-link");
        add(back, new PageHeader(getTranslation("session-feedback.title", title),
                UkFormats.longDate(evaluation.heldOn(), getLocale())));
        if (evaluation.simulationReuse()) {
            var note = new Paragraph(getTranslation("session-feedback.simulation-reuse"));
            note.setId("session-feedback-reuse");
            add(note);
        }
        if (!evaluation.completed()) {
            var note = new Paragraph(getTranslation("session-feedback.not-completed"));
            note.setId("session-feedback-not-completed");
            add(note);
        } else {
            Runnable reload = () -> show(load(evaluation.sessionId()));
            add(new PartnerFeedbackSection(evaluation),
                    new StaffFeedbackSection(sessionFeedback, evaluation, reload),
                    new LearnerFeedbackSection(sessionFeedback, evaluation, reload),
                    new SessionActionsSection(actions, staffDirectory.choices(), evaluation, reload));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session-feedback.title", title);
    }
}
