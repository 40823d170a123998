package app.involvement.sessions.ui;

import app.involvement.sessions.MySession;
import app.involvement.sessions.MyWellbeing;
import app.involvement.sessions.MyWellbeingState;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** After the session: ask for a debrief (the named contact is told); while a request is open it says so. */
class DebriefForm extends Div {

    private final MyWellbeing wellbeing;
    private final MySession session;

    DebriefForm(MyWellbeing wellbeing, MySession s) {
        this.wellbeing = wellbeing;
        this.session = s;
        addClassName("my-offer-section");
        setId("my-offer-debrief");
        show(wellbeing.mine(s.offerId()));
    }

    private void show(MyWellbeingState state) {
        removeAll();
        add(new H2(getTranslation("my-sessions.debrief.title")));
        if (state.debriefRequested() && state.debriefClosedAt() == null) {
            var open = new Paragraph(getTranslation("my-sessions.debrief.open",
                    UkFormats.dateTime(state.debriefRequestedAt(), getLocale())));
            open.setId("my-offer-debrief-state");
            add(open);
            return;
        }
        var lead = new Paragraph(getTranslation("my-sessions.debrief.lead"));
        lead.setId("my-offer-debrief-state");
        var note = new TextArea(getTranslation("my-sessions.debrief.note"));
        note.setId("my-offer-debrief-note");
        note.setMaxLength(SessionLimits.WELLBEING_NOTE);
        note.setWidthFull();
        var ask = new Button(getTranslation("my-sessions.debrief.ask"), e -> {
            try {
                wellbeing.requestDebrief(session.offerId(), note.getValue());
                Notices.success(getTranslation("my-sessions.debrief.sent"));
                show(wellbeing.mine(session.offerId()));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        ask.setId("my-offer-debrief-ask");
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        add(lead, note, ask);
    }
}
