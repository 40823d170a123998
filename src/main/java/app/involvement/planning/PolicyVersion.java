package app.involvement.planning;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a policy as pages show it (the document's bytes are read only for a download). */
public record PolicyVersion(Long id, int number, String owner, LocalDate approvedOn, LocalDate nextReviewOn,
        String text, String fileName, Long sizeBytes, String createdBy, Instant createdAt) {

    public boolean hasFile() {
        return fileName != null;
    }
}
