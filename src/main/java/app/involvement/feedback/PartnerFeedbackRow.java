package app.involvement.feedback;

import java.time.Instant;

/** A partner's feedback as staff of their provider see it, with the partner's preferred name. */
public record PartnerFeedbackRow(Long id, Long partnerId, String partnerName, int rating, boolean supportEnough,
        boolean wouldDoAgain, String toChange, Instant givenAt) {
}
