/**
 * Providers (the tenants), their settings and terminology, and the only code that sets or reads
 * the current tenant.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package app.involvement.tenancy;
