package app.involvement.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per network address in a fixed window and refuses an address that has too
 * many. Kept in memory (per instance) and bounded, so a flood of addresses cannot exhaust memory.
 */
@Component
class AddressThrottle {

    static final int MAX_TRACKED_ADDRESSES = 50_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final IdentityProperties properties;
    private final Clock clock;

    AddressThrottle(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Window w = address == null ? null : windows.get(address);
        return w != null && isCurrent(w, clock.instant()) && w.failures() >= properties.maxFailuresPerAddress();
    }

    void recordFailure(String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> !isCurrent(w, now));
            if (windows.size() >= MAX_TRACKED_ADDRESSES) {
                windows.clear();
            }
        }
        windows.merge(address, new Window(now, 1),
                (old, first) -> isCurrent(old, now) ? new Window(old.start(), old.failures() + 1) : first);
    }

    private boolean isCurrent(Window w, Instant now) {
        return w.start().plus(properties.addressWindow()).isAfter(now);
    }
}
