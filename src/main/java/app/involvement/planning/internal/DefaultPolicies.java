package app.involvement.planning.internal;

import app.involvement.planning.PlanningLimits;
import app.involvement.planning.Policies;
import app.involvement.planning.PolicyDetails;
import app.involvement.planning.PolicyFile;
import app.involvement.planning.PolicyKind;
import app.involvement.planning.PolicySummary;
import app.involvement.planning.PolicyVersionInput;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned policies and processes (DD038): a new version is added beside the old ones, never over them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultPolicies implements Policies {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PlanningAudit audit;
    private final Clock clock;

    DefaultPolicies(PolicyRepository policies, PolicyVersionRepository versions, PlanningAudit audit, Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<PolicySummary> list() {
        return policies.findSummaries(PageRequest.of(0, PlanningLimits.MAX_POLICIES));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public PolicyDetails get(Long policyId) {
        var policy = policy(policyId);
        return new PolicyDetails(policy.getId(), policy.getTitle(), policy.getKind(), versions.findVersions(policyId));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public Long create(String title, PolicyKind kind, PolicyVersionInput first) {
        String clean = PlanningRules.required(title, PlanningLimits.TITLE);
        if (kind == null) {
            throw new BusinessRuleException("field.required");
        }
        var version = Checked.of(first);
        if (policies.count() >= PlanningLimits.MAX_POLICIES) {
            throw new BusinessRuleException("policies.too-many", PlanningLimits.MAX_POLICIES);
        }
        if (policies.existsByTitleIgnoreCase(clean)) {
            throw new BusinessRuleException("policies.title-in-use");
        }
        var policy = policies.save(new PolicyEntry(clean, kind, clock.instant()));
        versions.save(version.entry(policy.getId(), 1, audit.actor(), clock));
        audit.record("POLICY_CREATED", "policy " + policy.getId(), clean + " (" + kind + "), " + version.describe());
        return policy.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public int addVersion(Long policyId, PolicyVersionInput input) {
        var policy = policy(policyId);
        var version = Checked.of(input);
        int number = versions.lastNumber(policy.getId()) + 1;
        if (number > PlanningLimits.MAX_VERSIONS) {
            throw new BusinessRuleException("policies.too-many-versions", PlanningLimits.MAX_VERSIONS);
        }
        versions.save(version.entry(policy.getId(), number, audit.actor(), clock));
        audit.record("POLICY_VERSION_ADDED", "policy " + policyId, "version " + number + ", " + version.describe());
        return number;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Optional<PolicyFile> download(Long versionId) {
        return (versionId == null ? Optional.<PolicyVersionEntry>empty() : versions.findById(versionId))
                .map(PolicyVersionEntry::file);
    }

    /** This provider's policy; an unknown or another provider's id is refused and audited. */
    private PolicyEntry policy(Long policyId) {
        return (policyId == null ? Optional.<PolicyEntry>empty() : policies.findById(policyId))
                .orElseThrow(() -> audit.refused("policy " + policyId));
    }

    /** A version that passed the rules: exactly one of a document or a text, dates in order. */
    private record Checked(PolicyVersionInput input, String owner, String text, String fileName, String type) {

        static Checked of(PolicyVersionInput in) {
            if (in == null) {
                throw new BusinessRuleException("field.required");
            }
            String owner = PlanningRules.required(in.owner(), PlanningLimits.OWNER);
            PlanningRules.day(in.approvedOn());
            PlanningRules.day(in.nextReviewOn());
            if (!in.nextReviewOn().isAfter(in.approvedOn())) {
                throw new BusinessRuleException("policies.review-before-approval");
            }
            String text = PlanningRules.optional(in.text(), PlanningLimits.TEXT);
            if (in.hasFile() == (text != null)) {
                throw new BusinessRuleException("policies.file-or-text");
            }
            if (in.hasFile()) {
                return new Checked(in, owner, null, PolicyDocuments.fileName(in.fileName()),
                        PolicyDocuments.check(in.content()));
            }
            return new Checked(in, owner, text, null, null);
        }

        PolicyVersionEntry entry(Long policyId, int number, String by, Clock clock) {
            return new PolicyVersionEntry(policyId, number, owner, input.approvedOn(), input.nextReviewOn(), text,
                    fileName, type, fileName == null ? null : input.content(), by, clock.instant());
        }

        String describe() {
            return "owner " + owner + ", approved " + input.approvedOn() + ", review " + input.nextReviewOn()
                    + (fileName == null ? ", text" : ", document " + fileName + " (" + type + ")");
        }
    }
}
