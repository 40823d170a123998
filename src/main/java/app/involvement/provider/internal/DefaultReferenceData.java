package app.involvement.provider.internal;

import app.involvement.provider.ActivityArea;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE', 'PARTNER')")
class DefaultReferenceData implements ReferenceData {

    private final ExperienceCategoryRepository categories;
    private final ActivityTypeRepository types;
    private final ProviderAudit audit;
    private final java.time.Clock clock;

    DefaultReferenceData(ExperienceCategoryRepository categories, ActivityTypeRepository types, ProviderAudit audit,
            java.time.Clock clock) {
        this.categories = categories;
        this.types = types;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ReferenceItem> experienceCategories() {
        return categories.findItems(PageRequest.of(0, MAX_ITEMS));
    }

    @Override
    public List<ReferenceItem> activityTypes() {
        return types.findItems(PageRequest.of(0, MAX_ITEMS));
    }

    @Override
    public Set<Long> existingExperienceCategories(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : categories.findExisting(ids);
    }

    @Override
    public Set<Long> existingActivityTypes(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : types.findExisting(ids);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReferenceItem addExperienceCategory(String name) {
        String clean = validName(name);
        requireUnique(categories.existsByNameIgnoreCase(clean), clean);
        requireRoom(categories.countByRetiredAtIsNull());
        Long id = categories.save(new ExperienceCategory(clean)).getId();
        audit.record("EXPERIENCE_CATEGORY_ADDED", "category " + id, clean);
        return new ReferenceItem(id, clean, null);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReferenceItem addActivityType(String name, ActivityArea area) {
        String clean = validName(name);
        requireArea(area);
        requireUnique(types.existsByNameIgnoreCase(clean), clean);
        requireRoom(types.count());
        Long id = types.save(new ActivityType(clean, area)).getId();
        audit.record("ACTIVITY_TYPE_ADDED", "activity type " + id, clean + "; " + area);
        return new ReferenceItem(id, clean, area);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReferenceItem renameExperienceCategory(Long id, String name) {
        ExperienceCategory category = category(id);
        String clean = validName(name);
        requireUnique(categories.existsByNameIgnoreCaseAndIdNot(clean, id), clean);
        String old = category.getName();
        category.rename(clean);
        audit.record("EXPERIENCE_CATEGORY_RENAMED", "category " + id, old + " → " + clean);
        return new ReferenceItem(id, clean, null);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReferenceItem replaceExperienceCategory(Long id, String name) {
        ExperienceCategory old = category(id);
        String clean = validName(name);
        requireUnique(categories.existsByNameIgnoreCase(clean), clean);
        old.retire(clock.instant());
        Long replacement = categories.save(new ExperienceCategory(clean)).getId();
        audit.record("EXPERIENCE_CATEGORY_REPLACED", "category " + id,
                old.getName() + " → " + clean + " (new category " + replacement + ", needs fresh consent)");
        return new ReferenceItem(replacement, clean, null);
    }

    /** Active categories only; an unknown, retired or another provider's id is refused and audited. */
    private ExperienceCategory category(Long id) {
        return (id == null ? java.util.Optional.<ExperienceCategory>empty() : categories.findByIdAndRetiredAtIsNull(id))
                .orElseThrow(() -> {
                    audit.refused("category " + id);
                    return new AccessDeniedException("not this provider's category");
                });
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReferenceItem changeActivityType(Long id, String name, ActivityArea area) {
        ActivityType type = (id == null ? java.util.Optional.<ActivityType>empty() : types.findById(id))
                .orElseThrow(() -> {
                    audit.refused("activity type " + id);
                    return new AccessDeniedException("not this provider's activity type");
                });
        String clean = validName(name);
        requireArea(area);
        requireUnique(types.existsByNameIgnoreCaseAndIdNot(clean, id), clean);
        String old = type.getName() + "; " + type.getArea();
        type.change(clean, area);
        audit.record("ACTIVITY_TYPE_CHANGED", "activity type " + id, old + " → " + clean + "; " + area);
        return new ReferenceItem(id, clean, area);
    }

    @Override
    public Set<Long> activityTypesRequiringRiskAssessment() {
        return types.findRequiringRiskAssessment();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void requireRiskAssessment(Long activityTypeId, boolean required) {
        ActivityType type = (activityTypeId == null ? java.util.Optional.<ActivityType>empty() : types.findById(activityTypeId))
                .orElseThrow(() -> {
                    audit.refused("activity type " + activityTypeId);
                    return new AccessDeniedException("not this provider's activity type");
                });
        if (type.isRiskAssessmentRequired() != required) {
            type.requireRiskAssessment(required);
            audit.record("RISK_ASSESSMENT_REQUIREMENT_CHANGED", "activity type " + activityTypeId,
                    type.getName() + (required ? ": risk assessment required" : ": risk assessment not required"));
        }
    }

    private static void requireUnique(boolean taken, String name) {
        if (taken) {
            throw new BusinessRuleException("reference.duplicate", name);
        }
    }

    private static void requireRoom(long count) {
        if (count >= MAX_ITEMS) {
            throw new BusinessRuleException("reference.too-many", MAX_ITEMS);
        }
    }

    private static void requireArea(ActivityArea area) {
        if (area == null) {
            throw new BusinessRuleException("field.required");
        }
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("field.required");
        }
        if (clean.length() > NAME_MAX) {
            throw new BusinessRuleException("field.too-long", NAME_MAX);
        }
        return clean;
    }
}
