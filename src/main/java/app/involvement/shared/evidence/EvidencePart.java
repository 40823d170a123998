package app.involvement.shared.evidence;

/**
 * The sections of a provider's evidence for SET 3.7, in the order a reviewer reads them: the four threshold
 * requirements, then the provider's record of the regulator's reviews.
 */
public enum EvidencePart {
    /** (a) Programmes and their service user and carer definitions with justification. */
    DEFINITIONS,
    /** (b) Policies and processes. */
    POLICIES,
    /** (c) Support: training coverage, preparation, support requests arranged, named contacts. */
    SUPPORT,
    /** (d) Planning, monitoring and evaluation: strategy, objectives, insights, pitfall indicators, feedback, actions. */
    EVALUATION,
    /** Review cycles with their quality activities and referrals. */
    REVIEWS
}
