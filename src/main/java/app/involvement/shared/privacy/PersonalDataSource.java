package app.involvement.shared.privacy;

import java.util.List;
import java.util.Locale;

/**
 * A module's part of "everything you hold about me". Each module lists what it holds about this one partner and
 * nothing about anyone else (other partners on the same session are never named). Read-only Spring beans, answered
 * in the subject's provider (the tenant is set by the caller).
 */
public interface PersonalDataSource {

    /** Place in the copy (smaller first); profile 10, consents 20, ... see DD045. */
    int order();

    List<PersonalDataSection> sections(DataSubject subject, Locale locale);

    /** Files the person uploaded, carried in the ZIP as they are. */
    default List<PersonalDataFile> files(DataSubject subject) {
        return List.of();
    }
}
