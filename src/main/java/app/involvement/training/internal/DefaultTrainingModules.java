package app.involvement.training.internal;

import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.training.MaterialFile;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingModuleDetails;
import app.involvement.training.TrainingModuleInput;
import app.involvement.training.TrainingModuleSummary;
import app.involvement.training.TrainingModules;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultTrainingModules implements TrainingModules {

    private final TrainingModuleRepository modules;
    private final TrainingRequirementRepository requirements;
    private final TrainingMaterialRepository materials;
    private final ReferenceData referenceData;
    private final MaterialTypes types;
    private final TrainingAudit audit;

    DefaultTrainingModules(TrainingModuleRepository modules, TrainingRequirementRepository requirements,
            TrainingMaterialRepository materials, ReferenceData referenceData, MaterialTypes types, TrainingAudit audit) {
        this.modules = modules;
        this.requirements = requirements;
        this.materials = materials;
        this.referenceData = referenceData;
        this.types = types;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'PARTNER')")
    public List<TrainingModuleSummary> list() {
        return modules.findAllByTitle(PageRequest.of(0, TrainingLimits.MAX_MODULES)).stream()
                .map(TrainingModule::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingModuleSummary> requiredFor(Long activityTypeId) {
        return activityTypeId == null ? List.of()
                : modules.findRequiredFor(activityTypeId).stream().map(TrainingModule::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'PARTNER')")
    public Optional<TrainingModuleDetails> find(Long moduleId) {
        return Optional.ofNullable(moduleId).flatMap(modules::findById).map(m -> new TrainingModuleDetails(m.getId(),
                m.input(), requirements.findByModuleId(m.getId()).stream().map(TrainingRequirement::getActivityTypeId)
                        .collect(Collectors.toSet()), materials.findListed(m.getId())));
    }

    @Override
    public Long create(TrainingModuleInput input) {
        var valid = validate(input);
        if (modules.count() >= TrainingLimits.MAX_MODULES) {
            throw new BusinessRuleException("training.module.too-many", TrainingLimits.MAX_MODULES);
        }
        if (modules.existsByTitle(valid.title())) {
            throw new BusinessRuleException("training.module.title-taken");
        }
        var module = modules.save(new TrainingModule(valid));
        audit.record("TRAINING_MODULE_ADDED", "training module " + module.getId(), valid.title());
        return module.getId();
    }

    @Override
    public void update(Long moduleId, TrainingModuleInput input) {
        var valid = validate(input);
        var module = module(moduleId);
        if (modules.existsByTitleAndIdNot(valid.title(), moduleId)) {
            throw new BusinessRuleException("training.module.title-taken");
        }
        module.change(valid);
        audit.record("TRAINING_MODULE_CHANGED", "training module " + moduleId, valid.title());
    }

    @Override
    public void requireFor(Long moduleId, Set<Long> activityTypeIds) {
        var module = module(moduleId);
        Set<Long> wanted = activityTypeIds == null ? Set.of() : new HashSet<>(activityTypeIds);
        if (!referenceData.existingActivityTypes(wanted).containsAll(wanted)) {
            throw audit.refused("activity types " + wanted);
        }
        requirements.deleteByModule(module.getId());
        requirements.flush();
        requirements.saveAll(wanted.stream().map(type -> new TrainingRequirement(module.getId(), type)).toList());
        audit.record("TRAINING_REQUIREMENTS_CHANGED", "training module " + moduleId, "activity types " + wanted);
    }

    @Override
    public void addLink(Long moduleId, String title, String url) {
        var module = module(moduleId);
        String cleanTitle = required(title, TrainingLimits.TITLE);
        String cleanUrl = required(url, TrainingLimits.URL);
        if (!isWebAddress(cleanUrl)) {
            throw new BusinessRuleException("training.material.bad-link");
        }
        roomForMaterial(module);
        materials.save(TrainingMaterialEntry.link(module.getId(), cleanTitle, cleanUrl));
        audit.record("TRAINING_MATERIAL_ADDED", "training module " + moduleId, cleanUrl);
    }

    @Override
    public void addFile(Long moduleId, String title, String fileName, byte[] content) {
        var module = module(moduleId);
        String cleanTitle = required(title, TrainingLimits.TITLE);
        String type = types.check(content);
        String name = safeName(fileName);
        roomForMaterial(module);
        materials.save(TrainingMaterialEntry.file(module.getId(), cleanTitle, name, type, content));
        audit.record("TRAINING_MATERIAL_ADDED", "training module " + moduleId, name + " (" + type + ", "
                + content.length + " bytes)");
    }

    @Override
    public void removeMaterial(Long moduleId, Long materialId) {
        var material = materials.findByIdAndModuleId(materialId, moduleId)
                .orElseThrow(() -> audit.refused("training material " + materialId));
        materials.delete(material);
        audit.record("TRAINING_MATERIAL_REMOVED", "training module " + moduleId, "material " + materialId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE', 'PARTNER')")
    public Optional<MaterialFile> download(Long materialId) {
        return Optional.ofNullable(materialId).flatMap(materials::findById).map(TrainingMaterialEntry::file);
    }

    private TrainingModule module(Long moduleId) {
        return Optional.ofNullable(moduleId).flatMap(modules::findById)
                .orElseThrow(() -> audit.refused("training module " + moduleId));
    }

    private void roomForMaterial(TrainingModule module) {
        if (materials.countByModuleId(module.getId()) >= TrainingLimits.MAX_MATERIALS) {
            throw new BusinessRuleException("training.material.too-many", TrainingLimits.MAX_MATERIALS);
        }
    }

    static TrainingModuleInput validate(TrainingModuleInput input) {
        if (input == null || input.delivery() == null) {
            throw new BusinessRuleException("field.required");
        }
        String title = required(input.title(), TrainingLimits.TITLE);
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        if (description != null && description.length() > TrainingLimits.DESCRIPTION) {
            throw new BusinessRuleException("field.too-long", TrainingLimits.DESCRIPTION);
        }
        Integer months = input.validityMonths();
        if (months != null && (months < 1 || months > TrainingLimits.MAX_VALIDITY_MONTHS)) {
            throw new BusinessRuleException("training.module.validity-range", TrainingLimits.MAX_VALIDITY_MONTHS);
        }
        return new TrainingModuleInput(title, description, input.delivery(), months);
    }

    static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("field.required");
        }
        String clean = value.trim();
        if (clean.length() > max) {
            throw new BusinessRuleException("field.too-long", max);
        }
        return clean;
    }

    static boolean isWebAddress(String url) {
        try {
            var uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The last part of the name, with only plain characters, so it is safe in a Content-Disposition header. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        if (name.isEmpty()) {
            name = "material";
        }
        return name.length() > TrainingLimits.FILE_NAME ? name.substring(name.length() - TrainingLimits.FILE_NAME) : name;
    }
}
