package app.involvement.provider;

import java.util.List;

/** The versioned definitions of service users and carers of the current provider's programmes. */
public interface ProgrammeDefinitions {

    /** Newest first, at most {@link ProgrammeLimits#HISTORY_MAX}; empty for an unknown or another provider's programme. */
    List<DefinitionVersion> history(Long programmeId);

    /**
     * Stores the next version, written by the signed-in person.
     *
     * @throws app.involvement.shared.BusinessRuleException when a field is missing, too long or the review date is out of range
     * @throws org.springframework.security.access.AccessDeniedException for an unknown or another provider's programme
     */
    DefinitionVersion add(Long programmeId, NewDefinition definition);
}
