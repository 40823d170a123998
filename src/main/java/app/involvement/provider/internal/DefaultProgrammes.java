package app.involvement.provider.internal;

import app.involvement.provider.ProgrammeLimits;
import app.involvement.provider.ProgrammeSummary;
import app.involvement.provider.Programmes;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultProgrammes implements Programmes {

    private final ProgrammeRepository programmes;

    DefaultProgrammes(ProgrammeRepository programmes) {
        this.programmes = programmes;
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
}
