package app.involvement.payments.internal;

import app.involvement.payments.TaxYear;
import app.involvement.shared.privacy.CopySection;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataFile;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments' part of a person's copy (DD046): their claims with amounts and dates, each expense line, the totals
 * paid to them per UK tax year, and the receipts they uploaded as files. Amounts are written in pounds from whole
 * pence. Payment runs hold other partners' claims and are never read; only this partner's payment reference is.
 */
@Component
class PaymentsPersonalData implements PersonalDataSource {

    private static final String CLAIMS = "select id, session_title, held_on, status, route, fee_pence, voucher_pence,"
            + " expenses_pence, created_at, declared_at, submitted_at, approved_at, authorised_at, rejected_at,"
            + " rejection_reason, paid_on, payment_reference from payment_claim"
            + " where tenant_id = :tenant and partner_id = :partner order by held_on, id";
    private static final String EXPENSES = "select e.id, c.session_title, e.category, e.description, e.spent_on,"
            + " e.miles, e.amount_pence, e.prior_approval, e.receipt_name from claim_expense e"
            + " join payment_claim c on c.id = e.claim_id and c.tenant_id = e.tenant_id"
            + " where e.tenant_id = :tenant and c.partner_id = :partner order by c.held_on, e.spent_on, e.id";
    private static final String RECEIPTS = "select e.id, e.receipt_name, e.receipt_type, e.receipt from claim_expense e"
            + " join payment_claim c on c.id = e.claim_id and c.tenant_id = e.tenant_id"
            + " where e.tenant_id = :tenant and c.partner_id = :partner and e.receipt is not null order by e.id";

    private final NamedParameterJdbcTemplate jdbc;

    PaymentsPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        if (!here(subject)) {
            return List.of();
        }
        var parameters = parameters(subject);
        var claims = CopySection.of("claims", locale);
        Map<Integer, long[]> paidByYear = new TreeMap<>();
        jdbc.query(CLAIMS, parameters, rs -> {
            long fee = rs.getLong("fee_pence");
            long voucher = rs.getLong("voucher_pence");
            long expenses = rs.getLong("expenses_pence");
            LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
            claims.row()
                    .text("session", rs.getString("session_title"))
                    .date("heldOn", rs.getObject("held_on", LocalDate.class))
                    .named("status", "claim.status.", rs.getString("status"))
                    .named("route", "pool.payment.", rs.getString("route"))
                    .money("fee", fee)
                    .money("voucher", voucher)
                    .money("expenses", expenses)
                    .money("total", fee + voucher + expenses)
                    .dateTime("createdAt", rs.getObject("created_at", LocalDateTime.class))
                    .dateTime("declaredAt", rs.getObject("declared_at", LocalDateTime.class))
                    .dateTime("submittedAt", rs.getObject("submitted_at", LocalDateTime.class))
                    .dateTime("approvedAt", rs.getObject("approved_at", LocalDateTime.class))
                    .dateTime("authorisedAt", rs.getObject("authorised_at", LocalDateTime.class))
                    .dateTime("rejectedAt", rs.getObject("rejected_at", LocalDateTime.class))
                    .text("rejectionReason", rs.getString("rejection_reason"))
                    .date("paidOn", paidOn)
                    .text("paymentReference", rs.getString("payment_reference"));
            if (paidOn != null && "PAID".equals(rs.getString("status"))) {
                long[] sums = paidByYear.computeIfAbsent(TaxYear.of(paidOn).startYear(), y -> new long[3]);
                sums[0] += fee;
                sums[1] += voucher;
                sums[2] += expenses;
            }
        });
        var expenses = CopySection.of("expenses", locale);
        jdbc.query(EXPENSES, parameters, rs -> {
            String receipt = rs.getString("receipt_name");
            Object miles = rs.getObject("miles");
            expenses.row()
                    .text("session", rs.getString("session_title"))
                    .named("category", "expense.category.", rs.getString("category"))
                    .text("description", rs.getString("description"))
                    .date("spentOn", rs.getObject("spent_on", LocalDate.class))
                    .number("miles", miles == null ? null : rs.getInt("miles"))
                    .money("amount", rs.getLong("amount_pence"))
                    .text("priorApproval", rs.getString("prior_approval"))
                    .text("receipt", receipt == null ? null : fileName(rs.getLong("id"), receipt));
        });
        var totals = CopySection.of("taxYearTotals", locale);
        paidByYear.forEach((year, sums) -> totals.row()
                .text("taxYear", new TaxYear(year).label())
                .money("fees", sums[0])
                .money("vouchers", sums[1])
                .money("expenses", sums[2])
                .money("total", sums[0] + sums[1] + sums[2]));
        return List.of(claims.build(), expenses.build(), totals.build());
    }

    /** The receipts they uploaded, named as in the expenses section ("receipt" field). */
    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataFile> files(DataSubject subject) {
        if (!here(subject)) {
            return List.of();
        }
        return jdbc.query(RECEIPTS, parameters(subject), (rs, row) -> new PersonalDataFile(
                fileName(rs.getLong("id"), rs.getString("receipt_name")), rs.getString("receipt_type"),
                rs.getBytes("receipt")));
    }

    /** Unique within the copy (two receipts may share a name) and never a path. */
    static String fileName(long expenseId, String uploaded) {
        String name = uploaded == null || uploaded.isBlank() ? "receipt" : uploaded;
        return "receipt-" + expenseId + "-" + name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static boolean here(DataSubject subject) {
        return subject.tenantId() == TenantContext.require();
    }

    private static MapSqlParameterSource parameters(DataSubject subject) {
        return new MapSqlParameterSource("tenant", TenantContext.require()).addValue("partner", subject.partnerId());
    }
}
