/** The append-only audit log of security events and, later, of every reviewer view. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package app.involvement.audit;
