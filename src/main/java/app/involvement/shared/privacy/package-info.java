/**
 * People's rights over their data (UK GDPR): what each module holds about one partner, for their own copy
 * ({@link app.involvement.shared.privacy.PersonalDataSource}), and how each module forgets them
 * ({@link app.involvement.shared.privacy.PersonalDataEraser}, {@link app.involvement.shared.privacy.ErasureBlocker}).
 */
package app.involvement.shared.privacy;
