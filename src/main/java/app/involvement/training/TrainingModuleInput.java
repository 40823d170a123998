package app.involvement.training;

/** What a lead or coordinator enters for a module; {@code validityMonths} null means it never expires. */
public record TrainingModuleInput(String title, String description, TrainingDelivery delivery, Integer validityMonths) {
}
