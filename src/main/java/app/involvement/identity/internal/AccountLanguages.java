package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.shared.Language;
import app.involvement.shared.ui.LanguagePreference;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language kept on a person's account: what they chose with the language switch. */
@Service
@Transactional
class AccountLanguages implements LanguagePreference {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccountLanguages(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void chosen(Language language) {
        currentUser.get().flatMap(user -> accounts.findById(user.userId()))
                .ifPresent(account -> account.chooseLanguage(language));
    }

    /** The account's language; empty when the person never chose one or the stored code is unknown. */
    @Transactional(readOnly = true)
    Optional<Language> of(Long userId) {
        return accounts.findLanguage(userId).flatMap(Language::fromCode);
    }

    /** A choice made in this browser before sign-in becomes the account's, unless it has one already. */
    void adoptIfNone(Long userId, Language browserChoice) {
        accounts.findById(userId).filter(a -> a.getLanguage().isEmpty())
                .ifPresent(account -> account.chooseLanguage(browserChoice));
    }
}
