package app.involvement.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Exporting fixes a run: said first, and nothing happens until confirmed. */
class ExportDialog extends Dialog {

    ExportDialog(Runnable export) {
        setHeaderTitle(getTranslation("runs.export.confirm.title"));
        setId("run-export-dialog");
        add(new Paragraph(getTranslation("runs.export.confirm.text")));
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("run-export-cancel");
        var confirm = new Button(getTranslation("runs.export.confirm.ok"), e -> {
            close();
            export.run();
        });
        confirm.setId("run-export-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
