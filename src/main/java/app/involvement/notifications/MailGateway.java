package app.involvement.notifications;

/** The one port through which mail leaves the portal. */
public interface MailGateway {

    /** @throws MailFailure when the message could not be handed over; it will be retried */
    void send(String to, String subject, String body);

    class MailFailure extends RuntimeException {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
