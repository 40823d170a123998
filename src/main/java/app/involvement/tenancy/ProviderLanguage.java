package app.involvement.tenancy;

import app.involvement.shared.Language;

/**
 * A provider's default language: the portal's language for its people who chose none and whose browser
 * asks for neither English nor Welsh, and the language of its invitations to people without an account.
 */
public interface ProviderLanguage {

    /** The provider's default; English for a provider without one or an unknown id. */
    Language defaultOf(Long providerId);

    /** The default of the provider the signed-in lead works in now. */
    Language ownDefault();

    /** Only the lead changes it, for the provider they work in now; the change is audited. */
    void changeDefault(Language language);
}
