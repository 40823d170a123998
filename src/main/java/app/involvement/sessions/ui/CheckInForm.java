package app.involvement.sessions.ui;

import app.involvement.sessions.MySession;
import app.involvement.sessions.MyWellbeing;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** An optional check-in before the session: how the partner feels and what would help. */
class CheckInForm extends Div {

    CheckInForm(MyWellbeing wellbeing, MySession s) {
        addClassName("my-offer-section");
        setId("my-offer-check-in");
        var state = wellbeing.mine(s.offerId());
        var said = new Paragraph(state.checkedIn()
                ? getTranslation("my-sessions.check-in.done", UkFormats.dateTime(state.checkedInAt(), getLocale()))
                : getTranslation("my-sessions.check-in.lead"));
        said.setId("my-offer-check-in-state");
        var note = new TextArea(getTranslation("my-sessions.check-in.note"));
        note.setId("my-offer-check-in-note");
        note.setMaxLength(SessionLimits.WELLBEING_NOTE);
        note.setWidthFull();
        note.setValue(state.checkInNote() == null ? "" : state.checkInNote());
        var send = new Button(getTranslation("my-sessions.check-in.send"), e -> {
            try {
                wellbeing.checkIn(s.offerId(), note.getValue());
                Notices.success(getTranslation("my-sessions.check-in.sent"));
                said.setText(getTranslation("my-sessions.check-in.done",
                        UkFormats.dateTime(wellbeing.mine(s.offerId()).checkedInAt(), getLocale())));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        send.setId("my-offer-check-in-send");
        add(new H2(getTranslation("my-sessions.check-in.title")), said, note, send);
    }
}
