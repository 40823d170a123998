package app.involvement.payments.internal;

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
 * Forgets an erased partner's claims as far as finance allows (DD048). Kept until the finance retention period
 * ends: each claim's amounts, status, dates, session, tax year (from the paid date), payment run and payment
 * reference, and each expense's category, date, miles and amount, with the receipt itself (finance evidence for
 * the expense that was paid). Cleared: the rejection reason, expense descriptions and prior-approval notes (free
 * text that may name the person); the receipt's file name becomes "receipt-{id}"; the person's e-mail in the
 * "submitted by" and similar columns becomes "partner {id}". Unpaid claims block the erasure first
 * ({@link UnpaidClaimsBlocker}).
 */
@Component
class PaymentsEraser implements PersonalDataEraser {

    static final int ORDER = 140;
    private static final String CLAIMS = "select id from payment_claim where tenant_id = :tenant and partner_id = :partner";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    PaymentsEraser(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
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
        var partner = new MapSqlParameterSource("tenant", subject.tenantId()).addValue("partner", subject.partnerId());
        String reference = ErasedText.partnerReference(subject);
        String ofPartner = "tenant_id = :tenant and partner_id = :partner";
        jdbc.update("update payment_claim set rejection_reason = null where " + ofPartner, partner);
        ErasedText.replaceInColumns(jdbc, "payment_claim", List.of("submitted_by", "approved_by", "authorised_by",
                "rejected_by"), ofPartner, partner, erasedValues, reference);
        String ofClaims = "tenant_id = :tenant and claim_id in (" + CLAIMS + ")";
        jdbc.update("update claim_expense set description = null, prior_approval = null where " + ofClaims, partner);
        for (var row : jdbc.queryForList("select id, receipt_name from claim_expense where receipt_name is not null"
                + " and " + ofClaims, partner)) {
            long id = ((Number) row.get("id")).longValue();
            jdbc.update("update claim_expense set receipt_name = :name where id = :id", new MapSqlParameterSource("id", id)
                    .addValue("name", neutralName(id, (String) row.get("receipt_name"))));
        }
        ErasedText.replaceInColumns(jdbc, "payment_run", List.of("created_by", "exported_by", "paid_by"),
                "tenant_id = :tenant", partner, erasedValues, reference);
    }

    /** "receipt-12.pdf": the uploaded name may carry the person's name; the extension tells the type. */
    static String neutralName(long expenseId, String uploadedName) {
        int dot = uploadedName.lastIndexOf('.');
        String extension = dot < 0 ? "" : uploadedName.substring(dot).toLowerCase(Locale.ROOT);
        return "receipt-" + expenseId + (extension.matches("\\.[a-z0-9]{1,5}") ? extension : "");
    }
}
