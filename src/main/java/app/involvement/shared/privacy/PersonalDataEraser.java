package app.involvement.shared.privacy;

import java.util.List;

/**
 * How a module forgets one partner in one provider: removes or replaces every personal value it holds (names,
 * contact details, categories, access needs, notes, free text), keeps what must be kept (anonymous counts, finance
 * records until their retention ends). Runs inside the erasure's transaction, in the subject's provider, called by
 * the lead's erasure or the retention job; anyone else signed in is refused ({@code BackgroundOnly.checkUnless}).
 */
public interface PersonalDataEraser {

    /** Order of work (smaller first); modules that others point at go last. */
    int order();

    /**
     * @param erasedValues the values being erased (names, e-mail, phone, postcode), for modules that must find them
     *                     in free text (audit details, mail bodies)
     */
    void erase(DataSubject subject, List<String> erasedValues);
}
