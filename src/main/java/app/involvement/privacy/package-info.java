/**
 * The provider's privacy notice and the partner's record of who looked at their sensitive information: the lead keeps
 * the notice in versions in English and Welsh, a partner confirms they read each version before using their pages,
 * and a partner sees each time staff opened their experience categories or access needs (DD050).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "identity", "tenancy", "shared"})
package app.involvement.privacy;
