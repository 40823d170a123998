package app.involvement.erasure.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * The two confirmations before an erasure (DD047): first a dialog saying it cannot be undone; then the partner's
 * preferred name, typed, and a last button. The service checks the name again.
 */
class ConfirmErasure {

    private final String preferredName;
    private final Consumer<String> erase;
    private final Runnable afterwards;
    Dialog first;
    Dialog second;
    TextField typedName;

    /** @param erase takes the typed name; throws BusinessRuleException when the service refuses */
    ConfirmErasure(String preferredName, Consumer<String> erase, Runnable afterwards) {
        this.preferredName = preferredName;
        this.erase = erase;
        this.afterwards = afterwards;
    }

    /**
     * A plain dialog rather than Vaadin's ConfirmDialog, whose header and footer axe flags (a second banner landmark,
     * a toolbar role on a footer, a low-contrast cancel button).
     */
    void open() {
        first = new Dialog();
        first.setId("erasure-confirm-first");
        first.setHeaderTitle(t("erasure.confirm.first.title", preferredName));
        var warning = new Paragraph(t("erasure.confirm.first.text", preferredName));
        warning.setId("erasure-confirm-first-text");
        first.add(warning);
        var go = new Button(t("erasure.confirm.first.go"), e -> {
            first.close();
            openSecond();
        });
        go.setId("erasure-continue");
        go.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        var cancel = new Button(t("action.cancel"), e -> first.close());
        cancel.setId("erasure-cancel-first");
        first.getFooter().add(cancel, go);
        first.open();
        cancel.focus();
    }

    private void openSecond() {
        second = new Dialog();
        second.setId("erasure-confirm-second");
        second.setHeaderTitle(t("erasure.confirm.second.title"));
        typedName = new TextField(t("erasure.confirm.second.label", preferredName));
        typedName.setId("erasure-typed-name");
        typedName.setWidthFull();
        typedName.setRequired(true);
        second.add(new Paragraph(t("erasure.confirm.second.text")), typedName);
        var confirm = new Button(t("erasure.confirm.second.go"), e -> confirm());
        confirm.setId("erasure-confirm");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        var cancel = new Button(t("action.cancel"), e -> second.close());
        cancel.setId("erasure-cancel-second");
        second.getFooter().add(cancel, confirm);
        second.open();
        typedName.focus();
    }

    private void confirm() {
        try {
            erase.accept(typedName.getValue());
            second.close();
            Notices.success(t("erasure.done"));
            afterwards.run();
        } catch (BusinessRuleException refused) {
            typedName.setErrorMessage(Notices.message(refused));
            typedName.setInvalid(true);
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
