/** The append-only audit log of security events and of every reviewer view, which the provider's lead can read. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"tenancy", "shared"})
package app.involvement.audit;
