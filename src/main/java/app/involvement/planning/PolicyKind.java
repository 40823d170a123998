package app.involvement.planning;

/** Whether a document says what the provider does (policy) or how it does it (process). */
public enum PolicyKind {
    POLICY,
    PROCESS
}
