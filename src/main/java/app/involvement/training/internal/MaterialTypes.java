package app.involvement.training.internal;

import app.involvement.shared.BusinessRuleException;
import app.involvement.training.TrainingLimits;
import app.involvement.shared.ContentTypes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides from the bytes alone, with Apache Tika's detector, whether an upload is a PDF, an image or an
 * office document (Office Open XML or OpenDocument); the name the file came with is never passed to the
 * detector, so a renamed program is still a program. Old binary Office files are refused: without Apache
 * POI the detector cannot tell them from other OLE2 containers such as installers (DD022).
 */
@Component
class MaterialTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /**
     * The detected type of an allowed file.
     *
     * @throws BusinessRuleException for an empty or too large file, or content of any other type
     */
    String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("field.required");
        }
        if (content.length > TrainingLimits.MAX_FILE_BYTES) {
            throw new BusinessRuleException("training.material.too-large", TrainingLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        String type = ContentTypes.detect(content);
        if (!ALLOWED.contains(type)) {
            throw new BusinessRuleException("training.material.wrong-type");
        }
        return type;
    }
}
