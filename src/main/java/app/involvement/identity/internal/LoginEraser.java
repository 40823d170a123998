package app.involvement.identity.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes an erased partner's way in to this provider (DD048). Their membership here goes, with this provider's
 * invitations to their e-mail or for their partner record. When no membership remains (in any provider), the login
 * itself is deleted with everything hanging on it: password-reset links, the two-step secret and recovery codes,
 * and the throttle counter of reset requests for the address (other throttle buckets hash the address with the
 * caller's IP and expire within the hour). When they still belong to another provider the login stays as it is:
 * that provider still knows them.
 */
@Component
class LoginEraser implements PersonalDataEraser {

    static final int ORDER = 160;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    LoginEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        List<String> emails = new ArrayList<>();
        if (subject.email() != null && !subject.email().isBlank()) {
            emails.add(subject.email().strip().toLowerCase(Locale.ROOT));
        }
        var user = new MapSqlParameterSource("tenant", subject.tenantId()).addValue("user", subject.userId())
                .addValue("partner", subject.partnerId());
        if (subject.userId() != null) {
            emails.addAll(jdbc.queryForList("select lower(email) from user_account where id = :user", user, String.class));
        }
        jdbc.update("delete from invitation where tenant_id = :tenant and partner_id = :partner", user);
        if (!emails.isEmpty()) {
            jdbc.update("delete from invitation where tenant_id = :tenant and lower(email) in (:emails)",
                    new MapSqlParameterSource(user.getValues()).addValue("emails", emails));
        }
        if (subject.userId() == null) {
            return;
        }
        jdbc.update("delete from membership where tenant_id = :tenant and user_id = :user", user);
        Long remaining = jdbc.queryForObject("select count(*) from membership where user_id = :user", user, Long.class);
        if (remaining != null && remaining > 0) {
            return;
        }
        jdbc.update("delete from password_reset_token where user_id = :user", user);
        jdbc.update("delete from recovery_code where user_id = :user", user);
        jdbc.update("delete from second_factor where user_id = :user", user);
        List<String> buckets = emails.stream().distinct().map(e -> ThrottleCounters.bucket("reset-account", e)).toList();
        if (!buckets.isEmpty()) {
            jdbc.update("delete from throttle_counter where bucket in (:buckets)",
                    new MapSqlParameterSource("buckets", buckets));
        }
        jdbc.update("delete from user_account where id = :user", user);
    }
}
