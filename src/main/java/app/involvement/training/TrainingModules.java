package app.involvement.training;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current provider's training modules, kept by its lead and coordinators, with the activity types
 * that require each and their materials. Materials are downloaded by the provider's staff and partners.
 */
public interface TrainingModules {

    /** All modules, by title; at most {@link TrainingLimits#MAX_MODULES}. */
    List<TrainingModuleSummary> list();

    /** The modules an activity type requires, by title (bounded); one query. Empty for another provider's type. */
    List<TrainingModuleSummary> requiredFor(Long activityTypeId);

    /** Empty for an unknown id and for another provider's module alike. */
    Optional<TrainingModuleDetails> find(Long moduleId);

    /** @throws app.involvement.shared.BusinessRuleException for a missing or too long title, a title in use, a bad validity */
    Long create(TrainingModuleInput input);

    void update(Long moduleId, TrainingModuleInput input);

    /** Replaces the activity types that require this module. */
    void requireFor(Long moduleId, Set<Long> activityTypeIds);

    void addLink(Long moduleId, String title, String url);

    /**
     * Stores a file whose content is a PDF, an image or an office document, at most
     * {@link TrainingLimits#MAX_FILE_BYTES}; the type is detected from the bytes, never the name.
     */
    void addFile(Long moduleId, String title, String fileName, byte[] content);

    void removeMaterial(Long moduleId, Long materialId);

    /** The file for download; empty for a link, an unknown id or another provider's material. */
    Optional<MaterialFile> download(Long materialId);
}
