package app.involvement.sessions.ui;

import app.involvement.sessions.MySession;
import app.involvement.sessions.SessionLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Giving up a place or backup slot: no penalty, the reason is optional, and nothing happens until confirmed. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(MySession s, Consumer<String> withdraw) {
        setHeaderTitle(getTranslation("my-sessions.withdraw.title"));
        var reason = new TextArea(getTranslation("my-sessions.withdraw.reason"));
        reason.setId("my-offer-withdraw-reason");
        reason.setMaxLength(SessionLimits.WITHDRAWAL_REASON);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("my-sessions.withdraw.text", s.title())), reason);
        var keep = new Button(getTranslation("my-sessions.withdraw.keep"), e -> close());
        keep.setId("my-offer-withdraw-keep");
        var confirm = new Button(getTranslation("my-sessions.withdraw.confirm"), e -> {
            close();
            withdraw.accept(reason.getValue());
        });
        confirm.setId("my-offer-withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(keep, confirm);
    }
}
