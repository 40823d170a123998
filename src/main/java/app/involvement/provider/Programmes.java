package app.involvement.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** The current provider's programmes. */
public interface Programmes {

    List<ProgrammeSummary> list(Pageable pageable);

    long count();

    /** Empty for an unknown id and for another provider's programme alike. */
    Optional<ProgrammeSummary> find(Long programmeId);

    /** With the named lead and coordinator; empty for an unknown id and for another provider's programme alike. */
    Optional<ProgrammeDetails> details(Long programmeId);

    /**
     * @throws app.involvement.shared.BusinessRuleException for a missing or too long field, a name already in
     *         use, or a named person who is not one of the provider's leads or coordinators
     */
    ProgrammeSummary add(ProgrammeInput input);

    /**
     * @throws app.involvement.shared.BusinessRuleException as {@link #add}
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's programme
     */
    ProgrammeDetails update(Long programmeId, ProgrammeInput input);
}
