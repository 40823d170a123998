package app.involvement.provider;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The current provider's experience categories (e.g. "stroke survivor", "parent carer") and activity
 * types (e.g. "Admissions and interviews"), kept by the involvement lead. Both lists are short.
 */
public interface ReferenceData {

    int NAME_MAX = 80;
    /** More than any provider needs; keeps every list bounded. */
    int MAX_ITEMS = 200;

    List<ReferenceItem> experienceCategories();

    List<ReferenceItem> activityTypes();

    /** The ids among {@code ids} that are this provider's experience categories. */
    Set<Long> existingExperienceCategories(Collection<Long> ids);

    /** The ids among {@code ids} that are this provider's activity types. */
    Set<Long> existingActivityTypes(Collection<Long> ids);

    ReferenceItem addExperienceCategory(String name);

    ReferenceItem addActivityType(String name, ActivityArea area);

    /**
     * Renames a category to fix its wording (spelling, style) without changing what it means; its id, and
     * so partners' consent to it, stays the same.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id
     */
    ReferenceItem renameExperienceCategory(Long id, String name);

    /**
     * A change of meaning: retires the category (partners' consent stays attached to what they consented
     * to, and it can no longer be chosen or filtered by) and creates a new one, which needs fresh consent.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown, retired or another provider's id
     */
    ReferenceItem replaceExperienceCategory(Long id, String name);

    /**
     * Renames an activity type or moves it to another area; its id stays the same.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id
     */
    ReferenceItem changeActivityType(Long id, String name, ActivityArea area);

    /** The ids of this provider's activity types whose sessions need a current risk assessment (DD023). */
    Set<Long> activityTypesRequiringRiskAssessment();

    /**
     * Marks an activity type as needing (or no longer needing) a current risk assessment before its sessions.
     *
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id
     */
    void requireRiskAssessment(Long activityTypeId, boolean required);
}
