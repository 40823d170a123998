/**
 * Evaluating sessions: feedback from partners, staff and learners after a completed session, and the actions raised
 * from it ("you said, we did"), told back to partners once done.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sessions", "pool", "provider", "identity",
        "tenancy", "shared"})
package app.involvement.feedback;
