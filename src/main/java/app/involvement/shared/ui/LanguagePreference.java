package app.involvement.shared.ui;

import app.involvement.shared.Language;

/**
 * Told when a person chooses a language with the {@link LanguageSwitch}; the identity module keeps it
 * on the signed-in person's account, so their next sign-in, in any browser, and their e-mails follow it.
 */
public interface LanguagePreference {

    /** Stores the choice on the signed-in person's account; does nothing for a visitor not signed in. */
    void chosen(Language language);
}
