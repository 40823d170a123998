/**
 * Outgoing e-mail: templates, an outbox written in the business transaction, and a dispatcher that
 * sends and retries. Reacts to other modules' events only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "training", "sessions", "payments",
        "shared"})
package app.involvement.notifications;
