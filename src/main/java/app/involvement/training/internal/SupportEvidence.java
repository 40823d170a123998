package app.involvement.training.internal;

import app.involvement.shared.BundleTexts;
import app.involvement.shared.UkFormats;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.tenancy.TenantContext;
import app.involvement.training.SupportKind;
import app.involvement.training.TrainingDelivery;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SET 3.7 (c) for the reviewer, all counted in the database, never a partner's row: how many active partners are
 * current, waiting for confirmation, expired or missing on each training module (and the module's events held in
 * the period with their attendances); what each activity type requires before a partner takes part (modules, a risk
 * assessment, how many assessments are in date); practical support asked for in the period by kind and outcome;
 * and how many partners each named staff contact looks after. A fixed handful of grouped queries however large the
 * pool (DD043).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('REVIEWER', 'LEAD')")
class SupportEvidence implements EvidenceSource {

    static final int MAX_ROWS = 500;

    private static final String ACTIVE = "select count(*) from partner where tenant_id = :tenant and status = 'ACTIVE'";

    /** Records of active partners only; a completion dated after today counts as not done yet (as on My training). */
    private static final String COVERAGE = "select m.id, m.title, m.delivery, m.validity_months,"
            + " sum(case when p.id is not null and r.confirmed = true and r.completed_on <= :today"
            + "   and (r.valid_until is null or r.valid_until >= :today) then 1 else 0 end) current_count,"
            + " sum(case when p.id is not null and r.confirmed = false and r.completed_on <= :today"
            + "   then 1 else 0 end) waiting_count,"
            + " sum(case when p.id is not null and r.confirmed = true and r.completed_on <= :today"
            + "   and r.valid_until < :today then 1 else 0 end) expired_count"
            + " from training_module m"
            + " left join training_record r on r.tenant_id = :tenant and r.module_id = m.id"
            + " left join partner p on p.tenant_id = :tenant and p.id = r.partner_id and p.status = 'ACTIVE'"
            + " where m.tenant_id = :tenant"
            + " group by m.id, m.title, m.delivery, m.validity_months order by m.title limit " + MAX_ROWS;

    private static final String EVENTS = "select e.module_id, count(distinct e.id) events,"
            + " sum(case when b.attended = true then 1 else 0 end) attended"
            + " from training_event e left join training_booking b on b.tenant_id = :tenant and b.event_id = e.id"
            + " where e.tenant_id = :tenant and e.held_on between :from and :to group by e.module_id";

    private static final String TYPES = "select a.id, a.name, a.area, a.risk_assessment_required,"
            + " (select count(*) from risk_assessment x where x.tenant_id = :tenant and x.activity_type_id = a.id"
            + "   and x.review_on >= :today) assessments"
            + " from activity_type a where a.tenant_id = :tenant order by a.name limit " + MAX_ROWS;

    private static final String REQUIRED = "select q.activity_type_id, m.title from training_requirement q"
            + " join training_module m on m.tenant_id = :tenant and m.id = q.module_id"
            + " where q.tenant_id = :tenant order by m.title";

    private static final String REQUESTS = "select kind, status, count(*) n from support_request"
            + " where tenant_id = :tenant and requested_at >= :fromAt and requested_at < :toAt group by kind, status";

    /** The contact counts only while they are a lead or coordinator here, as on the named-contacts page. */
    private static final String CONTACTS = "select u.display_name, count(*) n from partner p"
            + " left join named_contact c on c.tenant_id = :tenant and c.partner_id = p.id"
            + " left join membership m on m.tenant_id = :tenant and m.user_id = c.staff_user_id"
            + "   and m.role in ('LEAD', 'COORDINATOR')"
            + " left join user_account u on u.id = m.user_id"
            + " where p.tenant_id = :tenant and p.status <> 'LEFT'"
            + " group by u.id, u.display_name order by u.display_name limit " + MAX_ROWS;

    private final NamedParameterJdbcTemplate jdbc;

    SupportEvidence(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.SUPPORT;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<EvidenceTable> tables(EvidenceRequest request) {
        var t = new BundleTexts(request.language());
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require())
                .addValue("today", request.today()).addValue("from", request.from()).addValue("to", request.to())
                .addValue("fromAt", Timestamp.from(request.from().atStartOfDay(UkFormats.UK_TIME).toInstant()))
                .addValue("toAt", Timestamp.from(request.to().plusDays(1).atStartOfDay(UkFormats.UK_TIME).toInstant()));
        return List.of(training(t, parameters), preparation(t, parameters), requests(t, parameters, request),
                contacts(t, parameters));
    }

    private EvidenceTable training(BundleTexts t, MapSqlParameterSource parameters) {
        Long activeCount = jdbc.queryForObject(ACTIVE, parameters, Long.class);
        long active = activeCount == null ? 0 : activeCount;
        Map<Long, long[]> events = new HashMap<>();
        jdbc.query(EVENTS, parameters, rs -> {
            events.put(rs.getLong("module_id"), new long[] {rs.getLong("events"), rs.getLong("attended")});
        });
        List<List<String>> rows = new ArrayList<>();
        jdbc.query(COVERAGE, parameters, rs -> {
            long current = rs.getLong("current_count");
            long waiting = rs.getLong("waiting_count");
            long expired = rs.getLong("expired_count");
            int months = rs.getInt("validity_months");
            String validity = rs.wasNull() ? t.get("evidence.support.validity.none")
                    : t.get("evidence.support.validity.months", months);
            long[] held = events.getOrDefault(rs.getLong("id"), new long[2]);
            rows.add(List.of(rs.getString("title"), delivery(t, rs.getString("delivery")), validity,
                    t.number(current), t.number(waiting), t.number(expired),
                    t.number(Math.max(0, active - current - waiting - expired)), t.number(held[0]),
                    t.number(held[1])));
        });
        return new EvidenceTable("training-coverage", t.get("evidence.support.training.title"),
                t.get("evidence.support.training.description", active),
                columns(t, "module", "delivery", "validity", "current", "waiting", "expired", "missing", "events",
                        "attended"), rows);
    }

    private EvidenceTable preparation(BundleTexts t, MapSqlParameterSource parameters) {
        Map<Long, List<String>> required = new HashMap<>();
        jdbc.query(REQUIRED, parameters, rs -> {
            required.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        List<List<String>> rows = jdbc.query(TYPES, parameters, (rs, row) -> {
            List<String> modules = required.getOrDefault(rs.getLong("id"), List.of());
            return List.of(rs.getString("name"), area(t, rs.getString("area")),
                    modules.isEmpty() ? t.get("evidence.support.no-modules") : String.join("; ", modules),
                    t.get(rs.getBoolean("risk_assessment_required") ? "evidence.yes" : "evidence.no"),
                    t.number(rs.getLong("assessments")));
        });
        return new EvidenceTable("preparation", t.get("evidence.support.preparation.title"),
                t.get("evidence.support.preparation.description"),
                columns(t, "activity-type", "area", "modules", "risk-required", "assessments"), rows);
    }

    private EvidenceTable requests(BundleTexts t, MapSqlParameterSource parameters, EvidenceRequest request) {
        Map<SupportKind, long[]> byKind = new EnumMap<>(SupportKind.class);
        jdbc.query(REQUESTS, parameters, rs -> {
            SupportKind kind;
            try {
                kind = SupportKind.valueOf(rs.getString("kind"));
            } catch (IllegalArgumentException unknown) {
                kind = SupportKind.OTHER;
            }
            long[] counts = byKind.computeIfAbsent(kind, k -> new long[4]);
            long n = rs.getLong("n");
            counts[0] += n;
            switch (rs.getString("status")) {
                case "ARRANGED" -> counts[1] += n;
                case "DECLINED" -> counts[2] += n;
                default -> counts[3] += n;
            }
        });
        List<List<String>> rows = new ArrayList<>();
        byKind.forEach((kind, c) -> rows.add(List.of(t.get("evidence.support.kind." + kind.name()), t.number(c[0]),
                t.number(c[1]), t.number(c[2]), t.number(c[3]))));
        return new EvidenceTable("support-requests", t.get("evidence.support.requests.title"),
                t.get("evidence.support.requests.description", t.day(request.from()), t.day(request.to())),
                columns(t, "kind", "asked", "arranged", "declined", "open"), rows);
    }

    private EvidenceTable contacts(BundleTexts t, MapSqlParameterSource parameters) {
        Map<String, Long> byContact = new LinkedHashMap<>();
        long[] without = new long[1];
        jdbc.query(CONTACTS, parameters, rs -> {
            String name = rs.getString("display_name");
            if (name == null) {
                without[0] += rs.getLong("n");
            } else {
                byContact.merge(name, rs.getLong("n"), Long::sum);
            }
        });
        List<List<String>> rows = new ArrayList<>();
        byContact.forEach((name, n) -> rows.add(List.of(name, t.number(n))));
        rows.add(List.of(t.get("evidence.support.no-contact"), t.number(without[0])));
        return new EvidenceTable("named-contacts", t.get("evidence.support.contacts.title"),
                t.get("evidence.support.contacts.description"), columns(t, "contact", "partners"), rows);
    }

    private static String delivery(BundleTexts t, String code) {
        try {
            return t.get("training.delivery." + TrainingDelivery.valueOf(code).name());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static String area(BundleTexts t, String code) {
        try {
            return t.get("area." + code);
        } catch (java.util.MissingResourceException unknown) {
            return code;
        }
    }

    private static List<String> columns(BundleTexts t, String... keys) {
        return Arrays.stream(keys).map(k -> t.get("evidence.support.col." + k)).toList();
    }
}
