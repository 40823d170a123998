package app.involvement.shared;

/** Field limits shared by columns, entities, form fields and validators. */
public final class Limits {

    public static final int EMAIL = 254;
    public static final int PERSON_NAME = 120;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    private Limits() {
    }
}
