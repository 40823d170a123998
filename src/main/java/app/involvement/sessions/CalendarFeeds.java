package app.involvement.sessions;

import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in partner's private calendar-feed link (DD028): a secret address a phone calendar subscribes to,
 * listing their confirmed sessions. Only a hash of the secret is stored, so the full address can be shown only
 * when it is made.
 */
public interface CalendarFeeds {

    /** When the partner's working link was made; empty when they have none. */
    Optional<Instant> activeSince();

    /** Makes a new link and returns its full address; any earlier link stops working. */
    String create();

    /** Stops the partner's link working (nothing happens when they have none). */
    void revoke();
}
