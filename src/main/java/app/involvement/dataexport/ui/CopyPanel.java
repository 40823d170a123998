package app.involvement.dataexport.ui;

import app.involvement.dataexport.CopyLink;
import app.involvement.dataexport.DataExportLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One button that makes the copy in the background while the page shows how far it has got (a progress bar, and a
 * status line screen readers announce), asking the server every {@link DataExportLimits#PROGRESS_POLL_MILLIS} ms only
 * while it builds. When it is ready: the download link, which works once, for this person, until the time shown.
 */
class CopyPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(CopyPanel.class);

    private final Function<DoubleConsumer, CompletableFuture<CopyLink>> starter;
    private final Button make;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Div progressBox;
    private final Paragraph status = new Paragraph();
    private final Div ready = new Div();

    CopyPanel(String buttonText, Function<DoubleConsumer, CompletableFuture<CopyLink>> starter) {
        this.starter = starter;
        addClassName("data-copy");
        make = new Button(buttonText, e -> start());
        make.setId("export-make");
        make.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        make.setDisableOnClick(true);
        status.setId("export-status");
        status.getElement().setAttribute("role", "status");
        var progressLabel = new Paragraph(getTranslation("export.progress"));
        progressLabel.setId("export-progress-label");
        progress.setId("export-progress");
        progress.getElement().setAttribute("aria-labelledby", "export-progress-label");
        progressBox = new Div(progressLabel, progress);
        progressBox.setId("export-progress-box");
        progressBox.setVisible(false);
        ready.setId("export-ready");
        ready.setVisible(false);
        add(make, progressBox, status, ready);
    }

    private void start() {
        UI ui = UI.getCurrent();
        ready.removeAll();
        ready.setVisible(false);
        progress.setValue(0);
        progressBox.setVisible(true);
        status.setText(getTranslation("export.building"));
        try {
            ui.setPollInterval(DataExportLimits.PROGRESS_POLL_MILLIS);
            starter.apply(done -> later(ui, () -> progress.setValue(Math.min(1, done))))
                    .whenComplete((link, failure) -> later(ui, () -> finished(ui, link, failure)));
        } catch (BusinessRuleException refused) {
            ui.setPollInterval(-1);
            progressBox.setVisible(false);
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
            make.setEnabled(true);
        }
    }

    private void finished(UI ui, CopyLink link, Throwable failure) {
        ui.setPollInterval(-1);
        make.setEnabled(true);
        progressBox.setVisible(false);
        if (failure != null || link == null) {
            LOG.warn("A copy of personal data could not be made", failure);
            status.setText(getTranslation("export.failed"));
            return;
        }
        status.setText(getTranslation("export.ready"));
        var download = new Anchor(link.href(), getTranslation("export.download"));
        download.setId("export-download");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", link.fileName());
        ready.add(download, new Paragraph(getTranslation("export.download.once",
                UkFormats.dateTime(link.expiresAt(), getLocale()))));
        ready.setVisible(true);
    }

    /** Runs a change of the page from the builder's thread, unless the page has gone. */
    private static void later(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // the person left the page; the copy stays until it expires
        }
    }
}
