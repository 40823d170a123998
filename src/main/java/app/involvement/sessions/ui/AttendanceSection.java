package app.involvement.sessions.ui;

import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * After the session has started: attended, no-show or cancelled for each partner holding a place, then closing the
 * session; once completed, the attendance as recorded.
 */
class AttendanceSection extends Section {

    AttendanceSection(SessionDetails session, List<OfferRow> asked, Attendances attendances, Runnable changed) {
        setId("session-attendance");
        addClassName("session-section");
        add(new H2(getTranslation("sessions.attendance")));
        List<OfferRow> placed = asked.stream().filter(o -> o.status() == OfferStatus.CONFIRMED).toList();
        if (session.status() == SessionStatus.COMPLETED) {
            add(new Paragraph(getTranslation("sessions.attendance.completed")));
            var list = new UnorderedList();
            list.setId("session-attendance-list");
            placed.forEach(o -> list.add(new ListItem(getTranslation("sessions.attendance.of", o.preferredName(),
                    o.attendance() == null ? "" : getTranslation("sessions.attendance." + o.attendance())))));
            add(list);
            return;
        }
        add(new Paragraph(getTranslation(placed.isEmpty() ? "sessions.attendance.nobody" : "sessions.attendance.lead")));
        Map<Long, RadioButtonGroup<Attendance>> choices = new LinkedHashMap<>();
        for (OfferRow o : placed) {
            var group = new RadioButtonGroup<Attendance>(o.preferredName());
            group.setItems(Attendance.values());
            group.setItemLabelGenerator(a -> getTranslation("sessions.attendance." + a));
            group.setValue(o.attendance());
            group.setId("session-attendance-" + o.offerId());
            choices.put(o.offerId(), group);
            add(group);
        }
        var actions = new Div();
        actions.addClassName("page-actions");
        if (!placed.isEmpty()) {
            var save = new Button(getTranslation("sessions.attendance.save"), e -> {
                if (run(() -> attendances.record(session.id(), chosen(choices)))) {
                    Notices.success(getTranslation("sessions.attendance.saved"));
                    changed.run();
                }
            });
            save.setId("session-attendance-save");
            actions.add(save);
        }
        var complete = new Button(getTranslation("sessions.complete"), e -> {
            // what is ticked counts, saved or not
            if (run(() -> attendances.record(session.id(), chosen(choices))) && run(() -> attendances.complete(session.id()))) {
                Notices.success(getTranslation("sessions.completed"));
                changed.run();
            }
        });
        complete.setId("session-complete");
        complete.addThemeVariants(ButtonVariant.PRIMARY);
        actions.add(complete);
        add(actions);
    }

    private static Map<Long, Attendance> chosen(Map<Long, RadioButtonGroup<Attendance>> choices) {
        Map<Long, Attendance> values = new LinkedHashMap<>();
        choices.forEach((id, group) -> {
            if (group.getValue() != null) {
                values.put(id, group.getValue());
            }
        });
        return values;
    }

    private boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        } catch (AccessDeniedException refused) {
            Notices.error(getTranslation("sessions.refused"));
        }
        return false;
    }
}
