package app.involvement.training;

/** How a training module is taken. */
public enum TrainingDelivery {
    ONLINE,
    IN_PERSON,
    READING
}
