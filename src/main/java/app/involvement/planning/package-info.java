/**
 * Planning involvement and the provider's dealings with the regulator: the involvement strategy with its objectives,
 * versioned policies and processes, and the record of HCPC review cycles with their quality activities and
 * referrals. The involvement lead keeps them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"provider", "identity", "tenancy", "shared"})
package app.involvement.planning;
