package app.involvement.provider.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.provider.DefinitionVersion;
import app.involvement.provider.NewDefinition;
import app.involvement.provider.ProgrammeDefinitions;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultProgrammeDefinitions implements ProgrammeDefinitions {

    /** Dates such as "next review" are the provider's calendar days: all providers are in the UK. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final ProgrammeRepository programmes;
    private final ProgrammeDefinitionRepository definitions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProviderAudit audit;

    DefaultProgrammeDefinitions(ProgrammeRepository programmes, ProgrammeDefinitionRepository definitions,
            CurrentUser currentUser, Clock clock, ProviderAudit audit) {
        this.audit = audit;
        this.programmes = programmes;
        this.definitions = definitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<DefinitionVersion> history(Long programmeId) {
        // the repository is tenant-filtered, so another provider's programme id finds no versions
        return programmeId == null ? List.of()
                : definitions.findHistory(programmeId, PageRequest.of(0, ProgrammeLimits.HISTORY_MAX));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public DefinitionVersion add(Long programmeId, NewDefinition definition) {
        Programme programme = (programmeId == null ? null : programmes.findLocked(programmeId).orElse(null));
        if (programme == null) {
            audit.refused("programme " + programmeId);
            throw new AccessDeniedException("not this provider's programme");
        }
        Fields.required(definition);
        String text = Fields.required(definition.definition(), ProgrammeLimits.DEFINITION_TEXT);
        String justification = Fields.required(definition.justification(), ProgrammeLimits.JUSTIFICATION);
        LocalDate review = Fields.required(definition.nextReviewOn());
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (!review.isAfter(today)) {
            throw new BusinessRuleException("definition.review.not-future");
        }
        if (review.isAfter(today.plusYears(ProgrammeLimits.REVIEW_YEARS_MAX))) {
            throw new BusinessRuleException("definition.review.too-far", ProgrammeLimits.REVIEW_YEARS_MAX);
        }
        PortalUser author = currentUser.require();
        int number = definitions.findLatestNumber(programme.getId()) + 1;
        DefinitionVersion saved = definitions.save(new ProgrammeDefinition(programme.getId(), number, text, justification,
                author.userId(), author.displayName(), clock.instant(), review)).version();
        audit.record("DEFINITION_ADDED", "programme " + programme.getId(), "version " + number + ", review " + review);
        return saved;
    }
}
