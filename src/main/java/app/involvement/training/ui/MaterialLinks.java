package app.involvement.training.ui;

import app.involvement.shared.UkFormats;
import app.involvement.training.MaterialFile;
import app.involvement.training.TrainingMaterial;
import app.involvement.training.TrainingModules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A material as a link: a web address opens in a new tab; a file downloads as an attachment with the type
 * detected when it was uploaded. The bytes are read when the person asks for them, through the service,
 * which only answers the provider's own staff and partners.
 */
final class MaterialLinks {

    private MaterialLinks() {
    }

    /** @param fileText the text of a file's link, from {@link #fileText} */
    static Component of(TrainingMaterial material, TrainingModules modules, String fileText) {
        if (material.isLink()) {
            var link = new Anchor(material.url(), material.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }
        Long id = material.id();
        DownloadHandler download = event -> {
            MaterialFile file = modules.download(id).orElseThrow();
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new Anchor(download, fileText);
    }

    /** "Title (name.pdf, 120 KB)" in the reader's language. */
    static String fileText(Component in, TrainingMaterial material) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        return in.getTranslation("training.material.file", material.title(), material.fileName(),
                UkFormats.number(Math.max(1, Math.round(material.size() / 1024.0)), locale));
    }
}
