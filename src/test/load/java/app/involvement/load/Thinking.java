package app.involvement.load;

import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * Think time between steps, drawn afresh for every virtual user between half and one and a half times
 * the typical time a person reads, types or decides; all scaled by {@code -Dload.think} (default 1).
 */
record Thinking(double scale) {

    static Thinking fromProperties() {
        return new Thinking(Double.parseDouble(System.getProperty("load.think", "1")));
    }

    /** Typing an e-mail address and password, or a six-digit code. */
    ChainBuilder typing() {
        return around(5);
    }

    /** Reading a page before acting on it. */
    ChainBuilder reading() {
        return around(8);
    }

    /** A click that follows another. */
    ChainBuilder glance() {
        return around(2);
    }

    private ChainBuilder around(double typicalSeconds) {
        long typical = (long) (typicalSeconds * 1000 * scale);
        return pause(Duration.ofMillis(typical / 2), Duration.ofMillis(typical * 3 / 2));
    }
}
