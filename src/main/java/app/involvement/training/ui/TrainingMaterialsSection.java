package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingMaterial;
import app.involvement.training.TrainingModules;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Supplier;

/** A module's materials for staff: the list with download links, and forms to add a link or upload a file. */
class TrainingMaterialsSection extends VerticalLayout {

    private final TrainingModules modules;
    private final Long moduleId;
    private final Supplier<List<TrainingMaterial>> reload;
    private final UnorderedList list = new UnorderedList();

    TrainingMaterialsSection(TrainingModules modules, Long moduleId, List<TrainingMaterial> materials,
            Supplier<List<TrainingMaterial>> reload) {
        this.modules = modules;
        this.moduleId = moduleId;
        this.reload = reload;
        setPadding(false);
        list.setId("training-materials");
        add(new H2(getTranslation("training.materials")), list);
        show(materials);
        add(linkForm(), uploadForm());
    }

    private VerticalLayout linkForm() {
        var title = new TextField(getTranslation("training.material.title"));
        title.setId("training-link-title");
        title.setMaxLength(TrainingLimits.TITLE);
        var url = new TextField(getTranslation("training.material.url"));
        url.setId("training-link-url");
        url.setMaxLength(TrainingLimits.URL);
        url.setHelperText(getTranslation("training.material.url.help"));
        var add = new Button(getTranslation("training.material.add-link"), e -> {
            try {
                modules.addLink(moduleId, title.getValue(), url.getValue());
                title.clear();
                url.clear();
                show(reload.get());
                Notices.success(getTranslation("training.material.added"));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        add.setId("training-link-add");
        var form = new VerticalLayout(new H3(getTranslation("training.material.add-link")), title, url, add);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout uploadForm() {
        var title = new TextField(getTranslation("training.material.title"));
        title.setId("training-file-title");
        title.setMaxLength(TrainingLimits.TITLE);
        UI ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                modules.addFile(moduleId, title.getValue(), metadata.fileName(), bytes);
                title.clear();
                show(reload.get());
                Notices.success(getTranslation("training.material.added"));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TrainingLimits.MAX_FILE_BYTES);
        upload.setI18n(texts());
        var form = new VerticalLayout(new H3(getTranslation("training.material.add-file")),
                new Paragraph(getTranslation("training.material.file.help")), title, upload);
        form.setPadding(false);
        return form;
    }

    private UploadI18N texts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("training.upload.add"))
                .setMany(getTranslation("training.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("training.upload.drop"))
                .setMany(getTranslation("training.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("training.upload.too-many"))
                .setFileIsTooBig(getTranslation("training.material.too-large", TrainingLimits.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("training.material.wrong-type")));
        return i18n;
    }

    private void show(List<TrainingMaterial> materials) {
        list.removeAll();
        if (materials.isEmpty()) {
            list.add(new ListItem(getTranslation("training.materials.none")));
        }
        for (TrainingMaterial material : materials) {
            var remove = new Button(getTranslation("training.material.remove"), e -> {
                modules.removeMaterial(moduleId, material.id());
                show(reload.get());
                Notices.success(getTranslation("training.material.removed"));
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("training.material.remove-of", material.title()));
            String text = material.isLink() ? material.title() : MaterialLinks.fileText(this, material);
            list.add(new ListItem(MaterialLinks.of(material, modules, text), remove));
        }
    }
}
