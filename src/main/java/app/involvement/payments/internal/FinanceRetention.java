package app.involvement.payments.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.RetentionTask;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finance records of erased partners past their period (DD049): their settled claims (paid or rejected) dated, by
 * payment or else by the session, before the day the retention module works out from the end of the tax year, with
 * each claim's costs and receipts. A payment run keeps its header, with the count and total it was paid with: those
 * are the provider's own record of the money that went out, and hold nobody's personal data.
 */
@Component
class FinanceRetention implements RetentionTask {

    private static final String CLAIMS = "select id from payment_claim where tenant_id = ?"
            + " and status in ('PAID', 'REJECTED') and coalesce(paid_on, held_on) < ?"
            + " and partner_id in (select id from partner where tenant_id = ? and erased_on is not null)";

    private final JdbcTemplate jdbc;

    FinanceRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.FINANCE_RECORDS;
    }

    @Override
    public long countDue(long tenantId, LocalDate before) {
        Long count = jdbc.queryForObject("select count(*) from (" + CLAIMS + ") due", Long.class,
                args(tenantId, before));
        return count == null ? 0 : count;
    }

    @Override
    public int removeDue(long tenantId, LocalDate before) {
        BackgroundOnly.check();
        Object[] args = args(tenantId, before);
        Object[] expenseArgs = new Object[args.length + 1];
        expenseArgs[0] = tenantId;
        System.arraycopy(args, 0, expenseArgs, 1, args.length);
        jdbc.update("delete from claim_expense where tenant_id = ? and claim_id in (" + CLAIMS + ")", expenseArgs);
        return jdbc.update("delete from payment_claim where tenant_id = ?"
                + " and status in ('PAID', 'REJECTED') and coalesce(paid_on, held_on) < ?"
                + " and partner_id in (select id from partner where tenant_id = ? and erased_on is not null)",
                args);
    }

    private static Object[] args(long tenantId, LocalDate before) {
        return new Object[] {tenantId, Date.valueOf(before), tenantId};
    }
}
