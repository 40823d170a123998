package app.involvement.privacy;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The signed-in partner's own list of staff who opened their experience categories or access needs (DD050). */
public interface SensitiveLooks {

    /** Newest first, at most {@link PrivacyLimits#PAGE_SIZE_MAX}; only their own entries in this provider. */
    List<SensitiveLook> mine(Pageable pageable);

    long countMine();
}
