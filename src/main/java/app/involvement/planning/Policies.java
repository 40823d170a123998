package app.involvement.planning;

import java.util.List;
import java.util.Optional;

/**
 * The provider's policies and processes, each kept in versions: a new version never replaces the old ones. The
 * lead adds them; coordinators read them.
 */
public interface Policies {

    /** Every policy with its newest version, by title (at most {@link PlanningLimits#MAX_POLICIES}). */
    List<PolicySummary> list();

    /** @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's id */
    PolicyDetails get(Long policyId);

    /**
     * A new policy with its first version.
     *
     * @throws app.involvement.shared.BusinessRuleException for a missing or too long field, a title in use, a
     *         review date before the approval, neither or both of a document and a text, or a document that is not
     *         a PDF, office document or text file
     */
    Long create(String title, PolicyKind kind, PolicyVersionInput first);

    /** Adds the next version; returns its number. The rules are those of {@link #create}. */
    int addVersion(Long policyId, PolicyVersionInput version);

    /** The document of a version; empty for a text version, an unknown id or another provider's version. */
    Optional<PolicyFile> download(Long versionId);
}
