package app.involvement.payments.internal;

import app.involvement.payments.ClaimMailFacts;
import app.involvement.payments.PaymentMailFacts;
import app.involvement.shared.Language;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads for the claim e-mails. Native SQL naming the event's provider, as the listeners run for coordinators,
 * finance and session completion alike. They run inside the publisher's transaction, so its changes not yet written
 * (the new claim, the rejection, the payment) are flushed first: the mail describes the claim as it is committed.
 */
@Service
class DefaultPaymentMailFacts implements PaymentMailFacts {

    private static final String CLAIM = "select c.id, c.tenant_id, c.session_title, c.held_on,"
            + " c.fee_pence + c.voucher_pence + c.expenses_pence as total_pence, c.paid_on, c.payment_reference,"
            + " p.preferred_name, coalesce(p.email, u.email) as email, u.language, v.default_language,"
            + " v.name as provider_name from payment_claim c"
            + " join partner p on p.tenant_id = c.tenant_id and p.id = c.partner_id"
            + " join provider v on v.id = c.tenant_id left join user_account u on u.id = p.user_id"
            + " where c.tenant_id = :tenant and c.id = :id";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    DefaultPaymentMailFacts(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ClaimMailFacts> claim(Long tenantId, Long claimId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
        return jdbc.query(CLAIM, new MapSqlParameterSource("tenant", tenantId).addValue("id", claimId),
                (rs, n) -> facts(rs)).stream().findFirst().filter(f -> f.email() != null && !f.email().isBlank());
    }

    private static ClaimMailFacts facts(ResultSet rs) throws SQLException {
        Date paidOn = rs.getDate("paid_on");
        String provider = rs.getString("default_language");
        Language language = Language.fromCode(rs.getString("language")).or(() -> Language.fromCode(provider))
                .orElse(Language.ENGLISH);
        return new ClaimMailFacts(rs.getLong("tenant_id"), rs.getLong("id"), rs.getString("preferred_name"),
                rs.getString("email"), language, rs.getString("provider_name"), rs.getString("session_title"),
                rs.getDate("held_on").toLocalDate(), rs.getLong("total_pence"),
                paidOn == null ? null : paidOn.toLocalDate(), rs.getString("payment_reference"));
    }
}
