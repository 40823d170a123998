/**
 * A partner's copy of everything their provider holds about them (UK GDPR right of access, DD045): gathered from
 * every module's {@link app.involvement.shared.privacy.PersonalDataSource} in the background, written as a readable
 * PDF, a JSON file and the files they uploaded, in one ZIP kept in the database behind a link that works once, for
 * the person who asked, for a short time. The partner makes it from "Your data"; the provider's lead can make it for
 * one of their partners (a request by post or e-mail).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "identity", "tenancy", "shared"})
package app.involvement.dataexport;
