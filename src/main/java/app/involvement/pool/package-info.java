/**
 * The pool: a provider's service users and carers ("partners") — profile, status lifecycle, access
 * needs, payment choice, interests, and experience categories kept only with explicit consent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"provider", "identity", "tenancy", "shared"})
package app.involvement.pool;
