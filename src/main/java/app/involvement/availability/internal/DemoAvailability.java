package app.involvement.availability.internal;

import app.involvement.availability.PartOfDay;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: a weekly pattern and a few dated exceptions for every partner of every provider
 * that has none yet (the demo providers and, when generated, the bulk provider). Set-based SQL with
 * an explicit tenant id, so 10,000 partners take a handful of statements.
 */
@Component
@Profile("demo & !mysql")
@Order(20)
class DemoAvailability implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoAvailability(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var tenants = jdbc.queryForList("select p.id from provider p where exists (select 1 from partner x"
                + " where x.tenant_id = p.id) and not exists (select 1 from weekly_availability w where w.tenant_id = p.id)",
                Long.class);
        tenants.forEach(this::seed);
    }

    private void seed(Long tenant) {
        for (int day = 1; day <= 5; day++) {
            for (PartOfDay part : PartOfDay.values()) {
                int remainder = (day + part.ordinal()) % 3;
                jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day)"
                        + " select 0, p.tenant_id, p.id, ?, ? from partner p where p.tenant_id = ? and mod(p.id, 3) <> ?",
                        day, part.name(), tenant, remainder);
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (int month = 1; month <= 12; month += 3) {
            LocalDate from = today.plusMonths(month);
            jdbc.update("insert into availability_exception (version, tenant_id, partner_id, starts_on, ends_on, available, note)"
                    + " select 0, p.tenant_id, p.id, ?, ?, false, null from partner p where p.tenant_id = ? and mod(p.id, 4) = ?",
                    Date.valueOf(from), Date.valueOf(from.plusDays(6)), tenant, month % 4);
        }
    }
}
