package app.involvement.planning;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;

/** A referral as pages show it. */
public record Referral(Long id, Long cycleId, String issue, ReviewKind referredTo, LocalDate dueOn,
        ReferralStatus status, boolean aboutInvolvement) {

    public ReferralInput input() {
        return new ReferralInput(issue, referredTo, dueOn, status, aboutInvolvement);
    }
}
