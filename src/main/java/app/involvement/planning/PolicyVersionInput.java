package app.involvement.planning;

import java.time.LocalDate;

/**
 * A version of a policy: either a document (file name and bytes) or text, with its owner, the day it was approved
 * and the day it is next reviewed.
 */
public record PolicyVersionInput(String owner, LocalDate approvedOn, LocalDate nextReviewOn, String text,
        String fileName, byte[] content) {

    /** The same version with another review date. */
    public PolicyVersionInput withReview(LocalDate review) {
        return new PolicyVersionInput(owner, approvedOn, review, text, fileName, content);
    }

    public boolean hasFile() {
        return content != null && content.length > 0;
    }
}
