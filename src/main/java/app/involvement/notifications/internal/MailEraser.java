package app.involvement.notifications.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets the mail an erased partner was sent and was named in (DD048). Mail this provider sent or was about to
 * send to their address is deleted, sent or not (a queued mail to someone erased must not go; a sent one has done
 * its work). Mail without a provider (password reset, sign-in) to their address is deleted too once their login is
 * gone. Mail to others that names them (e.g. "Sam Taylor sent a claim" to finance) keeps its place in the outbox
 * with each erased value in the subject, body, error text and attachment name replaced by "partner {id}".
 * Attachments' bytes (calendar invitations to staff) are not searched.
 */
@Component
class MailEraser implements PersonalDataEraser {

    static final int ORDER = 170;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    MailEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        entityManager.flush();
        var tenant = new MapSqlParameterSource("tenant", subject.tenantId());
        if (subject.email() != null && !subject.email().isBlank()) {
            var to = new MapSqlParameterSource(tenant.getValues())
                    .addValue("email", subject.email().strip().toLowerCase(Locale.ROOT));
            jdbc.update("delete from mail_message where tenant_id = :tenant and lower(recipient) = :email", to);
            Long logins = jdbc.queryForObject("select count(*) from user_account where lower(email) = :email", to,
                    Long.class);
            if (logins != null && logins == 0) {
                jdbc.update("delete from mail_message where tenant_id is null and lower(recipient) = :email", to);
            }
        }
        ErasedText.replaceInColumns(jdbc, "mail_message", List.of("recipient", "subject", "body", "last_error",
                "attachment_name"), "tenant_id = :tenant", tenant, erasedValues, ErasedText.partnerReference(subject));
    }
}
