package app.involvement.privacy;

import app.involvement.pool.SensitiveSection;
import java.time.Instant;

/** A staff member opened a partner's sensitive information: who, in which role, what and when. */
public record SensitiveLook(Instant at, String staffName, String staffEmail, String staffRole,
        SensitiveSection section) {
}
