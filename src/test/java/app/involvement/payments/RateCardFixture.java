package app.involvement.payments;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rate cards for tests, written directly. Tests that make cards through the service use the years 2016 to 2019
 * (the "test era": demo cards start in the last two years, and the claim fixture's cards end before 2016) and remove them with {@link #forgetTestEra}, so they can run again
 * on a database that keeps its rows (MariaDB).
 */
public final class RateCardFixture {

    public static final LocalDate ERA_START = LocalDate.of(2016, 1, 1);
    public static final LocalDate ERA_END = LocalDate.of(2019, 12, 31);
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2000, 6, 1);

    private RateCardFixture() {
    }

    /** A Northbridge rate card: the first one, or a new one for the year 2000 paying its first activity type. */
    public static Long northbridgeCard(JdbcTemplate jdbc) {
        Long tenant = jdbc.queryForObject("select id from provider where short_code = 'NBU'", Long.class);
        Long id = jdbc.queryForObject("select min(id) from rate_card where tenant_id = ?", Long.class, tenant);
        if (id != null) {
            return id;
        }
        jdbc.update("insert into rate_card (version, tenant_id, effective_from, effective_to, mileage_pence_per_mile,"
                + " online_allowance_pence, updated_by) values (0, ?, ?, ?, 45, 500, 'lead@northbridge.example')", tenant,
                Date.valueOf(SAMPLE_DAY.withDayOfYear(1)), Date.valueOf(SAMPLE_DAY.withMonth(12).withDayOfMonth(31)));
        id = jdbc.queryForObject("select max(id) from rate_card where tenant_id = ?", Long.class, tenant);
        jdbc.update("insert into rate_card_fee (version, tenant_id, rate_card_id, activity_type_id, basis, amount_pence,"
                + " day_pence, preparation_pence) values (0, ?, ?, ?, 'PER_HOUR', 2000, null, 1000)", tenant, id,
                activityType(jdbc, "NBU", 0));
        jdbc.update("insert into rate_card_expense (version, tenant_id, rate_card_id, category, cap_pence, prior_approval)"
                + " values (0, ?, ?, 'TAXI', 3000, true)", tenant, id);
        return id;
    }

    /** The provider's activity type number {@code index} (0 is the first), by id. */
    public static Long activityType(JdbcTemplate jdbc, String provider, int index) {
        return jdbc.queryForObject("select t.id from activity_type t join provider v on v.id = t.tenant_id"
                + " where v.short_code = ? order by t.id limit 1 offset " + index, Long.class, provider);
    }

    /** Removes every claim held, and every rate card starting, in the test era, in every provider. */
    public static void forgetTestEra(JdbcTemplate jdbc) {
        Object[] era = {Date.valueOf(ERA_START), Date.valueOf(ERA_END)};
        jdbc.update("delete from claim_expense where claim_id in (select id from payment_claim"
                + " where held_on between ? and ?)", era);
        jdbc.update("delete from payment_claim where held_on between ? and ?", era);
        jdbc.update("update payment_claim set rate_card_id = null where rate_card_id in (select id from rate_card"
                + " where effective_from between ? and ?)", era);
        jdbc.update("delete from rate_card_fee where rate_card_id in (select id from rate_card"
                + " where effective_from between ? and ?)", era);
        jdbc.update("delete from rate_card_expense where rate_card_id in (select id from rate_card"
                + " where effective_from between ? and ?)", era);
        jdbc.update("delete from rate_card where effective_from between ? and ?", era);
    }
}
