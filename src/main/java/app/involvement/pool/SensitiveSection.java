package app.involvement.pool;

/** The parts of a partner's record that reveal their health or lived experience: opening one is recorded (DD050). */
public enum SensitiveSection {
    /** The "experience and access needs" section of the partner's page. */
    EXPERIENCE_AND_ACCESS,
    /** The access needs shown in the form staff correct the record with. */
    ACCESS_NEEDS_FORM
}
