package app.involvement.training;

import java.time.LocalDate;

/** A scheduled session of a module: the day, an optional start time ("14:00"), where (or the online link's name), places. */
public record TrainingEventInput(LocalDate heldOn, String startTime, String place, boolean online, int places) {
}
