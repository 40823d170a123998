/**
 * The HCPC reviewer's read-only view of one provider's evidence: assignments of reviewers to providers for a
 * review and a window of days (kept by the platform admin), the evidence view and pack gathered from every
 * module's {@link app.involvement.shared.evidence.EvidenceSource}, stable pseudonyms per review, and the record
 * of every look, which the provider's lead can read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "tenancy", "audit", "shared"})
package app.involvement.evidence;
