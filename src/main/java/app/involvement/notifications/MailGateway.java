package app.involvement.notifications;

import java.nio.charset.StandardCharsets;

/** The one port through which mail leaves the portal. */
public interface MailGateway {

    /** @throws MailFailure when the message could not be handed over; it will be retried */
    default void send(String to, String subject, String body) {
        send(to, subject, body, null);
    }

    /**
     * @param attachment one file to attach (a calendar entry), or null for none
     * @throws MailFailure when the message could not be handed over; it will be retried
     */
    void send(String to, String subject, String body, Attachment attachment);

    /** A file sent with a message: its name, MIME type (e.g. {@code text/calendar; method=REQUEST}) and bytes. */
    record Attachment(String name, String contentType, byte[] content) {

        public static Attachment text(String name, String contentType, String content) {
            return new Attachment(name, contentType, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    class MailFailure extends RuntimeException {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
