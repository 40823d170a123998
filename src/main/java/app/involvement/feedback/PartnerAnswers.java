package app.involvement.feedback;

/**
 * A partner's feedback on a session they attended: how it went (1–5), whether the support was enough, whether they
 * would do it again, and anything to change (may be empty).
 */
public record PartnerAnswers(Integer rating, Boolean supportEnough, Boolean wouldDoAgain, String toChange) {
}
