package app.involvement.planning.ui;

import static app.involvement.planning.ui.PlanningUi.t;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Policies;
import app.involvement.planning.PolicyKind;
import app.involvement.planning.PolicyVersionInput;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.LongConsumer;

/**
 * A new policy with its first version, or the next version of a policy: owner, approval and review dates, and either
 * a document (checked from its bytes by the service) or text. Earlier versions are kept as they were.
 */
class PolicyDialog extends Dialog {

    private String fileName;
    private byte[] content;

    /** @param policyId null for a new policy; {@code onSaved} gets the policy's id */
    PolicyDialog(Policies policies, Long policyId, LongConsumer onSaved) {
        setHeaderTitle(t(policyId == null ? "policies.add" : "policies.add-version"));
        var title = PlanningUi.text("policy-title", "policies.field.title", PlanningLimits.TITLE, true);
        var kind = new Select<PolicyKind>();
        kind.setLabel(t("policies.field.kind"));
        kind.setId("policy-kind");
        kind.setItems(PolicyKind.values());
        kind.setItemLabelGenerator(k -> t("policies.kind." + k));
        kind.setValue(PolicyKind.POLICY);
        var owner = PlanningUi.text("policy-owner", "policies.field.owner", PlanningLimits.OWNER, true);
        owner.setHelperText(t("planning.owner.help"));
        var approved = PlanningUi.date("policy-approved", "policies.field.approved", true);
        var review = PlanningUi.date("policy-next-review", "policies.field.next-review", true);
        var text = PlanningUi.area("policy-text", "policies.field.text", PlanningLimits.TEXT, false);
        text.setHelperText(t("policies.field.text.help"));
        var fileHelp = new Paragraph(t("policies.field.file.help", PlanningLimits.MAX_FILE_BYTES / (1024 * 1024)));
        UI ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            fileName = metadata.fileName();
            content = bytes;
        })));
        upload.setId("policy-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PlanningLimits.MAX_FILE_BYTES);
        upload.setI18n(texts());
        upload.addFileRemovedListener(e -> {
            fileName = null;
            content = null;
        });
        var layout = new FormLayout();
        if (policyId == null) {
            layout.add(title, kind);
        }
        layout.add(owner, approved, review, text, fileHelp, upload);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout.setWidth("min(40rem, 80vw)");
        add(layout);
        var save = new Button(t("policies.save"), e -> {
            boolean ok = PlanningUi.allFilled(owner, approved, review) & (policyId != null || PlanningUi.filled(title));
            boolean hasFile = content != null && content.length > 0;
            boolean hasText = !text.getValue().isBlank();
            if (hasFile == hasText) {
                text.setErrorMessage(t("policies.file-or-text"));
                text.setInvalid(true);
                ok = false;
            }
            if (!ok) {
                return;
            }
            var version = new PolicyVersionInput(owner.getValue(), approved.getValue(), review.getValue(),
                    hasText ? text.getValue() : null, fileName, hasFile ? content : null);
            try {
                long id;
                if (policyId == null) {
                    id = policies.create(title.getValue(), kind.getValue(), version);
                } else {
                    policies.addVersion(policyId, version);
                    id = policyId;
                }
                Notices.success(t("policies.saved"));
                close();
                onSaved.accept(id);
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }

    private static UploadI18N texts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("policies.upload.add")).setMany(t("policies.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("policies.upload.drop")).setMany(t("policies.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("policies.upload.too-many"))
                .setFileIsTooBig(t("policies.file-too-large", PlanningLimits.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(t("policies.file-wrong-type")));
        return i18n;
    }
}
