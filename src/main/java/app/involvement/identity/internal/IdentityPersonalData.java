package app.involvement.identity.internal;

import app.involvement.shared.Language;
import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login's part of a person's copy (DD046): the e-mail address they sign in with, their language, whether
 * two-step sign-in is on and since when, and their membership of this provider only. Never the password hash, the
 * authenticator secret, recovery codes or any token; memberships of other providers belong to those providers.
 */
@Component
class IdentityPersonalData implements PersonalDataSource {

    private static final String LOGIN = "select u.email, u.language, u.created_at, f.enrolled_at from user_account u"
            + " join membership m on m.user_id = u.id and m.tenant_id = :tenant"
            + " left join second_factor f on f.user_id = u.id where u.id = :user";
    private static final String MEMBERSHIPS = "select role, created_at from membership"
            + " where tenant_id = :tenant and user_id = :user order by created_at, id";

    private final NamedParameterJdbcTemplate jdbc;

    IdentityPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        long tenant = TenantContext.require();
        if (subject.tenantId() != tenant) {
            return List.of();
        }
        var login = CopySection.of("login", locale);
        var memberships = CopySection.of("memberships", locale);
        if (subject.userId() != null) {
            var parameters = new MapSqlParameterSource("tenant", tenant).addValue("user", subject.userId());
            jdbc.query(LOGIN, parameters, rs -> {
                String code = rs.getString("language");
                LocalDateTime enrolled = rs.getObject("enrolled_at", LocalDateTime.class);
                login.row()
                        .text("email", rs.getString("email"))
                        .text("language", code == null || code.isBlank() ? login.words("copy.login.language.none")
                                : login.words("language.name." + Language.ofCode(code).code()))
                        .yesNo("twoStep", enrolled != null)
                        .dateTime("twoStepSince", enrolled)
                        .dateTime("createdAt", rs.getObject("created_at", LocalDateTime.class));
            });
            jdbc.query(MEMBERSHIPS, parameters, rs -> {
                memberships.row()
                        .named("role", "role.", rs.getString("role"))
                        .dateTime("since", rs.getObject("created_at", LocalDateTime.class));
            });
        }
        return List.of(login.build(), memberships.build());
    }
}
