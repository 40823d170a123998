package app.involvement.sessions;

public enum SessionStatus {
    PLANNED,
    CANCELLED,
    COMPLETED
}
