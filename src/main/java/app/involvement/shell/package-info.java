/**
 * The application shell: page setup, main layout with role-based navigation, the home page of each
 * role, and error pages. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "tenancy", "provider", "pool", "availability",
        "training", "sessions", "payments", "payments :: ui", "planning", "planning :: ui", "feedback", "feedback :: ui",
        "insights", "insights :: ui", "evidence", "evidence :: ui", "erasure", "erasure :: ui", "shared"})
package app.involvement.shell;
