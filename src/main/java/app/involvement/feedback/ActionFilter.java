package app.involvement.feedback;

/** Which actions the list shows. Overdue ones are not done and due before today (UK time). */
public enum ActionFilter {
    OPEN,
    OVERDUE,
    DONE,
    ALL
}
