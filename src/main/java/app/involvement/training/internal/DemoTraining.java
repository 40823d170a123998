package app.involvement.training.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: four training modules per demo provider, the activity types that need them, and
 * records for its partners. {@code partner@northbridge.example} has modules done, one ending within 30 days
 * and one missing, so My training shows every section that matters on first login; two upcoming
 * sessions to book. Set-based SQL with
 * explicit tenant ids, after the partners exist.
 */
@Component
@Profile("demo & !mysql")
@Order(21)
class DemoTraining implements ApplicationRunner {

    private static final String DEMO_PARTNER = "partner@northbridge.example";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTraining(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> tenants = jdbc.queryForList("select p.id from provider p where p.short_code in ('NBU', 'SMC')"
                + " and not exists (select 1 from training_module m where m.tenant_id = p.id)", Long.class);
        tenants.forEach(this::seed);
    }

    private void seed(Long tenant) {
        Long panel = module(tenant, "Panel member training", "How fitness to practise and progression panels work,"
                + " your role as a panel member and how decisions are made fairly.", "IN_PERSON", 24);
        Long equality = module(tenant, "Equality, diversity and inclusion", "Treating everyone fairly, and spotting"
                + " and challenging bias.", "ONLINE", 12);
        Long values = module(tenant, "Values-based interviewing", "Asking questions that show an applicant's values,"
                + " and scoring answers consistently.", "IN_PERSON", 36);
        Long welcome = module(tenant, "Welcome to involvement", "What involvement is, how sessions, payments and"
                + " support work, and who to contact.", "READING", null);
        require(tenant, "Fitness to practise panel", panel, equality);
        require(tenant, "Admissions and interviews", values, equality);
        require(tenant, "Teaching delivery", welcome);
        jdbc.update("insert into training_material (version, tenant_id, module_id, title, url) values (0, ?, ?, ?, ?)",
                tenant, equality, "HCPC standards of conduct, performance and ethics",
                "https://www.hcpc-uk.org/standards/standards-of-conduct-performance-and-ethics/");

        LocalDate today = LocalDate.now(clock.withZone(DefaultTrainingRecords.UK));
        Long demoPartner = jdbc.query("select id from partner where tenant_id = ? and email = ?",
                rs -> rs.next() ? rs.getLong(1) : null, tenant, DEMO_PARTNER);
        if (demoPartner != null) {
            record(tenant, demoPartner, welcome, today.minusMonths(8), null, true);
            record(tenant, demoPartner, panel, today.minusMonths(3), today.minusMonths(3).plusMonths(24).minusDays(1), true);
            LocalDate equalityDone = today.minusMonths(12).plusDays(20);
            record(tenant, demoPartner, equality, equalityDone, equalityDone.plusMonths(12).minusDays(1), true);
        }
        // the other partners: some done, some ended, some waiting for staff to check what they told us
        everyNth(tenant, welcome, 2, today.minusMonths(5), null, true);
        everyNth(tenant, panel, 3, today.minusMonths(6), today.minusMonths(6).plusMonths(24).minusDays(1), true);
        everyNth(tenant, equality, 5, today.minusMonths(14), today.minusMonths(14).plusMonths(12).minusDays(1), true);
        everyNth(tenant, values, 7, today.minusDays(4), today.minusDays(4).plusMonths(36).minusDays(1), false);
        // upcoming sessions: one in a room, one online, with a few places already taken
        Long inRoom = event(tenant, values, today.plusDays(14), "10:00", "Room 2.14, Health Sciences Building", false, 12);
        event(tenant, equality, today.plusDays(5), "18:30", "Teams", true, 20);
        jdbc.update("insert into training_booking (version, tenant_id, event_id, partner_id, attended)"
                + " select 0, p.tenant_id, ?, p.id, false from partner p where p.tenant_id = ? and mod(p.id, 11) = 0"
                + " and (p.email is null or p.email <> ?) order by p.id limit 3", inRoom, tenant, DEMO_PARTNER);
    }

    private Long event(Long tenant, Long module, LocalDate on, String time, String place, boolean online, int places) {
        jdbc.update("insert into training_event (version, tenant_id, module_id, held_on, start_time, place, online, places)"
                + " values (0, ?, ?, ?, ?, ?, ?, ?)", tenant, module, Date.valueOf(on), time, place, online, places);
        return jdbc.queryForObject("select max(id) from training_event where tenant_id = ? and module_id = ?", Long.class,
                tenant, module);
    }

    private Long module(Long tenant, String title, String description, String delivery, Integer months) {
        jdbc.update("insert into training_module (version, tenant_id, title, description, delivery, validity_months)"
                + " values (0, ?, ?, ?, ?, ?)", tenant, title, description, delivery, months);
        return jdbc.queryForObject("select id from training_module where tenant_id = ? and title = ?", Long.class,
                tenant, title);
    }

    private void require(Long tenant, String activityType, Long... modules) {
        for (Long module : modules) {
            jdbc.update("insert into training_requirement (version, tenant_id, module_id, activity_type_id)"
                    + " select 0, a.tenant_id, ?, a.id from activity_type a where a.tenant_id = ? and a.name = ?",
                    module, tenant, activityType);
        }
    }

    private void record(Long tenant, Long partner, Long module, LocalDate on, LocalDate until, boolean confirmed) {
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on, valid_until,"
                + " evidence, confirmed, recorded_by) values (0, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, partner, module,
                Date.valueOf(on), until == null ? null : Date.valueOf(until), confirmed ? "Attendance list" : null,
                confirmed, "coordinator@northbridge.example");
    }

    private void everyNth(Long tenant, Long module, int n, LocalDate on, LocalDate until, boolean confirmed) {
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on, valid_until,"
                + " evidence, confirmed, recorded_by) select 0, p.tenant_id, p.id, ?, ?, ?, ?, ?, null from partner p"
                + " where p.tenant_id = ? and mod(p.id, ?) = 0 and (p.email is null or p.email <> ?)",
                module, Date.valueOf(on), until == null ? null : Date.valueOf(until), confirmed ? "Certificate seen" : null,
                confirmed, tenant, n, DEMO_PARTNER);
    }
}
