package app.involvement.sessions.ui;

import app.involvement.sessions.Declaration;
import app.involvement.sessions.Declarations;
import app.involvement.sessions.MySession;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The partner's declaration before a session: they keep what they hear private (when the session needs it), and
 * say if they know someone or have another conflict of interest (when the session asks). Checked again by the service.
 */
class DeclarationForm extends Div {

    DeclarationForm(Declarations declarations, MySession s, Runnable onSaved) {
        addClassName("my-offer-section");
        setId("my-offer-declaration");
        var heading = new H2(getTranslation("my-sessions.declare.title"));
        add(heading);
        Declaration made = declarations.mine(s.offerId()).orElse(null);
        var state = new Paragraph(made == null ? getTranslation("my-sessions.declare.not-yet")
                : getTranslation("my-sessions.declare.made", UkFormats.dateTime(made.declaredAt(), getLocale())));
        state.setId("my-offer-declaration-state");
        add(state);
        var confidentiality = new Checkbox(getTranslation("my-sessions.declare.confidentiality"));
        confidentiality.setId("my-offer-confidentiality");
        confidentiality.setVisible(s.confidentialityNeeded());
        confidentiality.setRequiredIndicatorVisible(s.confidentialityNeeded());
        var conflict = new Checkbox(getTranslation("my-sessions.declare.conflict"));
        conflict.setId("my-offer-conflict");
        conflict.setVisible(s.conflictCheckNeeded());
        var details = new TextArea(getTranslation("my-sessions.declare.details"));
        details.setId("my-offer-conflict-details");
        details.setHelperText(getTranslation("my-sessions.declare.details.help"));
        details.setMaxLength(SessionLimits.DECLARATION_DETAILS);
        details.setWidthFull();
        if (made != null) {
            confidentiality.setValue(made.confidentialityConfirmed());
            conflict.setValue(made.conflict());
            details.setValue(made.conflictDetails() == null ? "" : made.conflictDetails());
        }
        details.setVisible(conflict.getValue());
        conflict.addValueChangeListener(e -> details.setVisible(e.getValue()));
        var send = new Button(getTranslation("my-sessions.declare.send"), e -> {
            confidentiality.setInvalid(false);
            details.setInvalid(false);
            if (s.confidentialityNeeded() && !confidentiality.getValue()) {
                confidentiality.setErrorMessage(getTranslation("my-sessions.declare.confidentiality-required"));
                confidentiality.setInvalid(true);
                return;
            }
            if (conflict.getValue() && details.getValue().isBlank()) {
                details.setErrorMessage(getTranslation("my-sessions.declare.details-required"));
                details.setInvalid(true);
                return;
            }
            try {
                declarations.declare(s.offerId(), confidentiality.getValue(), conflict.getValue(), details.getValue());
                Notices.success(getTranslation(conflict.getValue() ? "my-sessions.declare.sent-conflict"
                        : "my-sessions.declare.sent"));
                onSaved.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        send.setId("my-offer-declare");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(confidentiality, conflict, details, send);
    }
}
