package app.involvement.provider.internal;

import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.provider.ProgrammeDetails;
import app.involvement.provider.ProgrammeInput;
import app.involvement.provider.ProgrammeLimits;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import app.involvement.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultProgrammes implements Programmes {

    private final ProgrammeRepository programmes;
    private final StaffDirectory staff;
    private final Clock clock;
    private final ProviderAudit audit;

    DefaultProgrammes(ProgrammeRepository programmes, StaffDirectory staff, Clock clock, ProviderAudit audit) {
        this.programmes = programmes;
        this.staff = staff;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<ProgrammeSummary> list(Pageable pageable) {
        return programmes.findSummaries(PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), ProgrammeLimits.PAGE_SIZE_MAX)));
    }

    @Override
    public long count() {
        return programmes.count();
    }

    @Override
    public Optional<ProgrammeSummary> find(Long programmeId) {
        return programmeId == null ? Optional.empty() : programmes.findSummary(programmeId);
    }

    @Override
    public Optional<ProgrammeDetails> details(Long programmeId) {
        return programmeId == null ? Optional.empty() : programmes.findById(programmeId).map(Programme::details);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public ProgrammeSummary add(ProgrammeInput input) {
        Valid valid = validate(input);
        if (programmes.existsByNameIgnoreCase(valid.name())) {
            throw new BusinessRuleException("programme.name.taken", valid.name());
        }
        Programme programme = programmes.save(new Programme(valid.name(), valid.input().profession(), valid.level(),
                clock.instant()).named(valid.input().leadUserId(), valid.input().coordinatorUserId()));
        audit.record("PROGRAMME_ADDED", "programme " + programme.getId(), describe(valid));
        return programme.summary();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public ProgrammeDetails update(Long programmeId, ProgrammeInput input) {
        Programme programme = (programmeId == null ? Optional.<Programme>empty() : programmes.findById(programmeId))
                .orElseThrow(() -> {
                    audit.refused("programme " + programmeId);
                    return new AccessDeniedException("not this provider's programme");
                });
        Valid valid = validate(input);
        if (programmes.existsByNameIgnoreCaseAndIdNot(valid.name(), programmeId)) {
            throw new BusinessRuleException("programme.name.taken", valid.name());
        }
        programme.change(valid.name(), valid.input().profession(), valid.level(), valid.input().leadUserId(),
                valid.input().coordinatorUserId());
        audit.record("PROGRAMME_CHANGED", "programme " + programmeId, describe(valid));
        return programme.details();
    }

    private record Valid(ProgrammeInput input, String name, String level) {
    }

    private static String describe(Valid valid) {
        return valid.name() + "; " + valid.input().profession() + "; " + valid.level() + "; lead user "
                + valid.input().leadUserId() + "; coordinator user " + valid.input().coordinatorUserId();
    }

    private Valid validate(ProgrammeInput input) {
        Fields.required(input);
        String name = Fields.required(input.name(), ProgrammeLimits.NAME);
        Fields.required(input.profession());
        String level = Fields.required(input.level(), ProgrammeLimits.LEVEL);
        if (input.leadUserId() != null || input.coordinatorUserId() != null) {
            Set<Long> nameable = staff.choices().stream().map(StaffChoice::userId).collect(Collectors.toSet());
            if (input.leadUserId() != null && !nameable.contains(input.leadUserId())
                    || input.coordinatorUserId() != null && !nameable.contains(input.coordinatorUserId())) {
                throw new BusinessRuleException("programme.staff.unknown");
            }
        }
        return new Valid(input, name, level);
    }
}
