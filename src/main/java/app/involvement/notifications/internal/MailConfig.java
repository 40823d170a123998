package app.involvement.notifications.internal;

import app.involvement.notifications.MailGateway;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP when {@code spring.mail.host} is set (production requires it); otherwise, for the demo,
 * messages are written to the log, links included (an attachment by its name only).
 */
@Configuration
class MailConfig {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured: e-mails are written to this log");
            return (to, subject, body, attachment) -> LOG.info("E-mail to {}\nSubject: {}\n\n{}{}", to, subject, body,
                    attachment == null ? "" : "\n\n[attached: " + attachment.name() + "]");
        }
        return (to, subject, body, attachment) -> {
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, attachment == null ? MimeMessageHelper.MULTIPART_MODE_NO
                        : MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
                helper.setFrom(properties.from());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                if (attachment != null) {
                    helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
                            attachment.contentType());
                }
                sender.send(message);
            } catch (MailException | MessagingException e) {
                throw new MailGateway.MailFailure(e.getMessage(), e);
            }
        };
    }
}
