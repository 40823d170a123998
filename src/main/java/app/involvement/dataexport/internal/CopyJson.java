package app.involvement.dataexport.internal;

import app.involvement.shared.privacy.PersonalDataField;
import app.involvement.shared.privacy.PersonalDataSection;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable copy: {@code {"provider": ..., "madeAt": ..., "language": ..., "sections": {key: [{fieldKey:
 * value}]}}}, with the stable keys the sources chose and the values as the reader sees them.
 */
final class CopyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CopyJson() {
    }

    static byte[] write(PersonalCopy copy) {
        ObjectNode root = JSON.createObjectNode();
        root.put("provider", copy.providerName());
        root.put("madeAt", copy.madeAt().toString());
        root.put("language", copy.language().code());
        ObjectNode sections = root.putObject("sections");
        for (PersonalDataSection section : copy.sections()) {
            ArrayNode records = sections.has(section.key()) ? (ArrayNode) sections.get(section.key())
                    : sections.putArray(section.key());
            for (List<PersonalDataField> fields : section.records()) {
                ObjectNode record = records.addObject();
                for (PersonalDataField field : fields) {
                    record.put(field.key(), field.value());
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
