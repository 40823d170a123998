package app.involvement.availability;

/** The three parts of a day partners say they are free in. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING
}
