package app.involvement.notifications.internal;

import app.involvement.notifications.MailGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when {@code spring.mail.host} is set (production requires it); otherwise, for the demo,
 * messages are written to the log, links included.
 */
@Configuration
class MailConfig {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured: e-mails are written to this log");
            return (to, subject, body) -> LOG.info("E-mail to {}\nSubject: {}\n\n{}", to, subject, body);
        }
        return (to, subject, body) -> {
            var message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                sender.send(message);
            } catch (MailException e) {
                throw new MailGateway.MailFailure(e.getMessage(), e);
            }
        };
    }
}
