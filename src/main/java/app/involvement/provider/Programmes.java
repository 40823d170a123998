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
}
