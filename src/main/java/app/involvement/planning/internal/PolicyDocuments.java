package app.involvement.planning.internal;

import app.involvement.planning.PlanningLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ContentTypes;
import java.util.Set;

/**
 * Decides from the bytes alone, with Apache Tika's detector, whether a policy document is a PDF, an Office Open XML
 * or OpenDocument text, or plain text; the name it came with is never passed to the detector (as in DD022).
 */
final class PolicyDocuments {

    static final Set<String> ALLOWED = Set.of("application/pdf", "text/plain", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    private PolicyDocuments() {
    }

    /** The detected type of an allowed document. */
    static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("field.required");
        }
        if (content.length > PlanningLimits.MAX_FILE_BYTES) {
            throw new BusinessRuleException("policies.file-too-large", PlanningLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        String type = ContentTypes.detect(content);
        if (!ALLOWED.contains(type)) {
            throw new BusinessRuleException("policies.file-wrong-type");
        }
        return type;
    }

    /** The file name without any folder, and safe in a download header. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > PlanningLimits.FILE_NAME ? base.substring(base.length() - PlanningLimits.FILE_NAME) : base;
    }
}
