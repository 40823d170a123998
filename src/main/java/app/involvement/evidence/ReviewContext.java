package app.involvement.evidence;

import java.util.function.LongFunction;

/**
 * What work run through {@link ReviewerAccess#read} knows: the assignment and the pseudonym of a partner in this
 * review (stable within the review, different in another review; never derived from the name).
 */
public record ReviewContext(ReviewAssignment assignment, LongFunction<String> pseudonym) {
}
