package app.involvement.availability;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** For staff: which active partners are free for a slot, fairest first, and why others are not. */
public interface WhoIsFree {

    /** One page: free partners first (least recently involved first), then excluded ones; one query. */
    List<FreeCandidate> candidates(SlotQuery query, Pageable pageable);

    /** How many active partners match the activity type and category filters; one query. */
    long count(SlotQuery query);
}
