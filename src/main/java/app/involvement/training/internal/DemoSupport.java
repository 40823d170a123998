package app.involvement.training.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: in both demo providers, a named contact (the coordinator) for every partner; for the
 * demo service user, one support request in each state; one activity type that requires a risk
 * assessment, with a current one. Plain SQL with the tenant named explicitly; skipped once seeded.
 */
@Component
@Profile("demo & !mysql")
@Order(22)
class DemoSupport implements ApplicationRunner {

    static final List<String> DEMO_PROVIDERS = List.of("NBU", "SMC");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoSupport(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String code : DEMO_PROVIDERS) {
            List<Long> tenant = jdbc.queryForList("select p.id from provider p where p.short_code = ? and not exists"
                    + " (select 1 from named_contact c where c.tenant_id = p.id)", Long.class, code);
            tenant.forEach(this::seed);
        }
    }

    private void seed(Long tenant) {
        Long coordinator = staff(tenant, "COORDINATOR");
        Long lead = staff(tenant, "LEAD");
        if (coordinator == null || lead == null) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        jdbc.update("insert into named_contact (version, tenant_id, partner_id, staff_user_id, changed_at)"
                + " select 0, p.tenant_id, p.id, ?, ? from partner p where p.tenant_id = ?", coordinator, now, tenant);
        Long partner = jdbc.queryForObject("select min(p.id) from partner p join user_account u on u.id = p.user_id"
                + " where p.tenant_id = ? and u.email like 'partner@%'", Long.class, tenant);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        if (partner != null) {
            request(tenant, partner, "TRAVEL_BOOKED", "Train from Leeds, please", today.plusWeeks(3), "REQUESTED", null, 1);
            request(tenant, partner, "HEARING_LOOP", null, today.plusWeeks(2), "ARRANGED",
                    "Hearing loop booked in room 2.14", 5);
            request(tenant, partner, "TAXI", "From home on the day", today.minusWeeks(1), "DECLINED",
                    "The venue is next to the station; we have booked your train instead", 12);
        }
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        if (type != null) {
            jdbc.update("update activity_type set risk_assessment_required = true where id = ? and tenant_id = ?", type, tenant);
            jdbc.update("insert into risk_assessment (version, tenant_id, activity_type_id, hazards, who_may_be_harmed,"
                    + " controls, reviewer_user_id, assessed_on, review_on) values (0, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, type,
                    "Distress when sharing lived experience; trips on cables in the skills lab",
                    "Service users and carers taking part; students",
                    "Briefing and debrief with the named contact; a quiet room; cables taped down before each session",
                    lead, Date.valueOf(today.minusMonths(2)), Date.valueOf(today.plusMonths(10)));
        }
    }

    private Long staff(Long tenant, String role) {
        return jdbc.queryForObject("select min(user_id) from membership where tenant_id = ? and role = ?", Long.class,
                tenant, role);
    }

    private void request(Long tenant, Long partner, String kind, String details, LocalDate neededOn, String status,
            String outcome, int daysAgo) {
        Timestamp asked = Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(daysAgo));
        jdbc.update("insert into support_request (version, tenant_id, partner_id, kind, details, needed_on, status, outcome,"
                + " requested_at, requested_by, handled_at, handled_by) values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)",
                tenant, partner, kind, details, Date.valueOf(neededOn), status, outcome, asked,
                outcome == null ? null : asked, outcome == null ? null : "demo");
    }
}
