package app.involvement.availability;

import java.time.LocalDate;

/** Dates on which the weekly pattern does not apply: free ({@code available}) or not, from–to inclusive. */
public record AvailabilityException(Long id, LocalDate from, LocalDate to, boolean available, String note) {
}
