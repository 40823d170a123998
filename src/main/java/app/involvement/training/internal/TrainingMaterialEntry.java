package app.involvement.training.internal;

import app.involvement.shared.TenantScopedEntity;
import app.involvement.training.MaterialFile;
import app.involvement.training.TrainingLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A module's material: a link, or a file kept in the database so every app instance can serve it (DD022).
 * Lists read it through a projection without the content; only a download loads the entity.
 */
@Entity
@Table(name = "training_material")
class TrainingMaterialEntry extends TenantScopedEntity {

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(nullable = false, length = TrainingLimits.TITLE)
    private String title;

    @Column(length = TrainingLimits.URL)
    private String url;

    @Column(name = "file_name", length = TrainingLimits.FILE_NAME)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long size;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] content;

    protected TrainingMaterialEntry() {
    }

    static TrainingMaterialEntry link(Long moduleId, String title, String url) {
        var entry = new TrainingMaterialEntry();
        entry.moduleId = moduleId;
        entry.title = title;
        entry.url = url;
        return entry;
    }

    static TrainingMaterialEntry file(Long moduleId, String title, String fileName, String contentType, byte[] content) {
        var entry = new TrainingMaterialEntry();
        entry.moduleId = moduleId;
        entry.title = title;
        entry.fileName = fileName;
        entry.contentType = contentType;
        entry.size = (long) content.length;
        entry.content = content.clone();
        return entry;
    }

    Long getModuleId() {
        return moduleId;
    }

    MaterialFile file() {
        return content == null ? null : new MaterialFile(fileName, contentType, content.clone());
    }
}
