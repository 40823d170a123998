package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.Language;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasureBlocker;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partner is not erased while the provider may still owe them money (DD048): any claim not yet Paid and not
 * turned down (Sent back) blocks, drafts included (a draft is opened for every session they attended, and is owed
 * once they send it). A claim sent back stays the provider's decision; the partner leaving ends it. The reason names
 * each open claim by session date, title and where it is, never an amount.
 */
@Component
class UnpaidClaimsBlocker implements ErasureBlocker {

    private static final List<String> CLOSED = List.of(ClaimStatus.PAID.name(), ClaimStatus.REJECTED.name());

    private final NamedParameterJdbcTemplate jdbc;

    UnpaidClaimsBlocker(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> reasonNotToErase(DataSubject subject, Locale locale) {
        BundleTexts texts = new BundleTexts(Language.of(locale));
        List<String> claims = jdbc.query("select held_on, session_title, status from payment_claim"
                        + " where tenant_id = :tenant and partner_id = :partner and status not in (:closed)"
                        + " order by held_on, id",
                new MapSqlParameterSource("tenant", subject.tenantId()).addValue("partner", subject.partnerId())
                        .addValue("closed", CLOSED),
                (rs, row) -> texts.get("erasure.blocked.claim", texts.day(rs.getDate("held_on").toLocalDate()),
                        rs.getString("session_title"), texts.get("claim.status." + rs.getString("status"))));
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.get("erasure.blocked.unpaidClaims", claims.size(), String.join("; ", claims)));
    }
}
