/**
 * Monitoring involvement: the insights dashboard (involvement by area, programme and academic year, depth, reach,
 * concentration, experience coverage, training, claim turnaround, actions, pool movement) and the pitfall
 * indicators with the provider's thresholds. Computed by aggregate queries; simulation re-use never counts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sessions", "pool", "provider", "training",
        "payments", "feedback", "planning", "identity", "tenancy", "shared"})
package app.involvement.insights;
