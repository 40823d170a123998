package app.involvement.evidence.ui;

import app.involvement.evidence.EvidenceLimits;
import app.involvement.evidence.EvidencePack;
import app.involvement.evidence.ReviewerEvidence;
import app.involvement.evidence.ReviewerEvidence.PackFile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the evidence pack in the background while the page shows how far it has got (a progress bar, and a status
 * line screen readers announce), asking the server every {@link EvidenceLimits#PROGRESS_POLL_MILLIS} ms while it
 * builds. When it is ready, two download links: the PDF and the tables as CSV files in a ZIP. Each download goes
 * through {@link ReviewerEvidence#download}, which checks the assignment again (a pack cannot be fetched after the
 * window closes, or for another assignment) and records it.
 */
class PackPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(PackPanel.class);

    private final ReviewerEvidence evidence;
    private final Long assignmentId;
    private final Language language;
    private final Button build;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final UnorderedList links = new UnorderedList();

    PackPanel(ReviewerEvidence evidence, Long assignmentId, Language language) {
        this.evidence = evidence;
        this.assignmentId = assignmentId;
        this.language = language;
        addClassName("evidence-pack");
        var heading = new H2(getTranslation("evidence.pack.heading"));
        heading.setId("evidence-pack-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "evidence-pack-heading");
        build = new Button(getTranslation("evidence.pack.build"), e -> start());
        build.setId("evidence-pack-build");
        build.addThemeVariants(ButtonVariant.PRIMARY);
        build.setDisableOnClick(true);
        status.setId("evidence-pack-status");
        status.getElement().setAttribute("role", "status");
        progress.setId("evidence-pack-progress");
        progress.getElement().setAttribute("aria-labelledby", "evidence-pack-progress-label");
        var progressLabel = new Paragraph(getTranslation("evidence.pack.progress"));
        progressLabel.setId("evidence-pack-progress-label");
        progressLabel.addClassName("evidence-pack-progress-label");
        var progressBox = new Div(progressLabel, progress);
        progressBox.setId("evidence-pack-progress-box");
        progressBox.setVisible(false);
        links.setId("evidence-pack-links");
        links.setVisible(false);
        add(heading, new Paragraph(getTranslation("evidence.pack.lead")), build, progressBox, status, links);
    }

    private void start() {
        UI ui = UI.getCurrent();
        links.removeAll();
        links.setVisible(false);
        progress.setValue(0);
        progress.getParent().ifPresent(box -> box.setVisible(true));
        status.setText(getTranslation("evidence.pack.building"));
        try {
            ui.setPollInterval(EvidenceLimits.PROGRESS_POLL_MILLIS);
            evidence.startPack(assignmentId, language, done -> later(ui, () -> progress.setValue(done)))
                    .whenComplete((pack, failure) -> later(ui, () -> finished(ui, pack, failure)));
        } catch (BusinessRuleException busy) {
            ui.setPollInterval(-1);
            status.setText(getTranslation(busy.messageKey(), busy.arguments()));
            build.setEnabled(true);
        }
    }

    private void finished(UI ui, EvidencePack pack, Throwable failure) {
        ui.setPollInterval(-1);
        build.setEnabled(true);
        progress.getParent().ifPresent(box -> box.setVisible(false));
        if (failure != null || pack == null) {
            LOG.warn("Evidence pack for assignment {} failed", assignmentId, failure);
            status.setText(getTranslation("evidence.pack.failed"));
            return;
        }
        status.setText(getTranslation("evidence.pack.ready"));
        var pdf = new Anchor(download(pack, PackFile.PDF, pack.pdfName(), "application/pdf"),
                getTranslation("evidence.pack.pdf"));
        pdf.setId("evidence-pack-pdf");
        var zip = new Anchor(download(pack, PackFile.CSV_ZIP, pack.zipName(), "application/zip"),
                getTranslation("evidence.pack.csv"));
        zip.setId("evidence-pack-csv");
        links.add(new ListItem(pdf), new ListItem(zip));
        links.setVisible(true);
    }

    /** A download bound to this page's assignment: the service checks the reviewer and the window on every click. */
    private DownloadHandler download(EvidencePack pack, PackFile file, String name, String type) {
        return event -> {
            byte[] content = evidence.download(pack, assignmentId, file);
            event.setFileName(name);
            event.setContentType(type);
            event.setContentLength(content.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Runs a change of the page from the builder's thread, unless the page has gone. */
    private static void later(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // the reviewer left the page; the pack is dropped
        }
    }
}
