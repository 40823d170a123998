package app.involvement.provider;

import java.time.LocalDate;

/** A new version of a programme's definition of service users and carers. */
public record NewDefinition(String definition, String justification, LocalDate nextReviewOn) {
}
