/**
 * Partners' availability — a weekly pattern plus dated exceptions — and the staff question "who is
 * free for this slot?".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "provider", "tenancy", "shared"})
package app.involvement.availability;
