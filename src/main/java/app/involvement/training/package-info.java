/**
 * Preparing and supporting service users and carers: training modules, requirements per activity type,
 * training records and events, the named staff contact, practical support requests and risk
 * assessments. Answers "is this partner prepared for this activity type on this date?".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "provider", "identity", "tenancy", "shared"})
package app.involvement.training;
