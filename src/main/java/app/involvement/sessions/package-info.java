/**
 * Involvement sessions: what a session is (programme, activity type, time, place, places, level of involvement),
 * matching prepared and available partners fairly, offers and places with backups, declarations, reminders and
 * calendars, attendance and wellbeing. Completing a session publishes {@link app.involvement.sessions.SessionCompleted}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "provider", "training", "availability",
        "identity", "tenancy", "shared"})
package app.involvement.sessions;
