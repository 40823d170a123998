package app.involvement.planning;

import app.involvement.shared.ReviewKind;
import java.time.LocalDate;

/** A referral: the issue, the process it is referred to, when it is due, its status, and whether it is about involvement. */
public record ReferralInput(String issue, ReviewKind referredTo, LocalDate dueOn, ReferralStatus status,
        boolean aboutInvolvement) {
}
