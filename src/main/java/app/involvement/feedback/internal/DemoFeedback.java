package app.involvement.feedback.internal;

import app.involvement.shared.UkFormats;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only (DD039): evaluation of every completed demo session, relative to today. Runs after the session
 * and history seeders. Partners' feedback from most who attended (the demo service user's newest session is left
 * for them, so their home asks "tell us how it went"); staff and learners' feedback on every completed session but
 * the two newest that count as involvement (so "completed without evaluation" shows); at Northbridge eight actions:
 * five done and told back, two open, one overdue. Southmoor: partners' feedback and one open action. Rows go in with
 * the tenant named; skipped for a provider that already has feedback or actions.
 */
@Component
@Profile("demo & !mysql")
@Order(31)
class DemoFeedback implements ApplicationRunner {

    private static final String DEMO_PARTNER = "partner@northbridge.example";

    private static final List<String> TO_CHANGE = List.of(
            "Please send the papers a few days earlier so I can read them at my own pace.",
            "A quiet room to wait in before we start would help.",
            "",
            "The room was hard to find. A sign at the entrance would help.",
            "",
            "More time to talk with the students at the end.");

    private static final List<String> STAFF_TEXT = List.of(
            "Students asked more thoughtful questions than last year. The partners set a calm tone.",
            "The session ran to time. One partner needed a longer break; we should plan for that.",
            "Very well received. The students said it changed how they think about carers.",
            "Good discussion, but the room was too small for the group.");

    /** Heard, what, what changed (done ones), status, due in days from today, done days ago. */
    private record DemoAction(String heard, String what, String changed, String status, int dueInDays,
            Integer doneDaysAgo) {
    }

    private static final List<DemoAction> NORTHBRIDGE_ACTIONS = List.of(
            new DemoAction("The interview questions arrived too late to prepare.",
                    "Send the interview questions a week before each interview day.",
                    "The questions now go out seven days before every interview day.", "DONE", -40, 45),
            new DemoAction("The room was hard to find and nobody met us.",
                    "Meet partners at the main entrance before each session.",
                    "A member of staff now meets partners at reception 15 minutes before each session.", "DONE", -30,
                    32),
            new DemoAction("Lunch did not suit everyone.",
                    "Ask about food needs when a place is confirmed.",
                    "The place confirmation now asks about food needs, and lunch follows what people tell us.", "DONE",
                    -20, 21),
            new DemoAction("Travel costs took too long to be paid back.",
                    "Pay travel costs in the next payment run after a claim is sent.",
                    "Claims are now checked within 14 days and paid in the next monthly run.", "DONE", -10, 12),
            new DemoAction("Students wanted to hear from carers as well as service users.",
                    "Invite carers to the communication skills teaching.",
                    "Carers now take part in every communication skills session.", "DONE", -5, 6),
            new DemoAction("Some OSCE scenarios felt too close to real life.",
                    "Review the OSCE scripts with partners before the next exam.", null, "IN_PROGRESS", 30, null),
            new DemoAction("Partners would like to know what happened after the panel.",
                    "Write to panel members with the outcome where we can.", null, "OPEN", 45, null),
            new DemoAction("The hearing loop in Room 1.05 did not work.",
                    "Get the hearing loop in Room 1.05 repaired and tested.", null, "OPEN", -10, null));

    private static final List<DemoAction> SOUTHMOOR_ACTIONS = List.of(
            new DemoAction("The breaking bad news scenario needs a break half way.",
                    "Add a ten-minute break to the OSCE day.", null, "OPEN", 21, null));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoFeedback(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", NORTHBRIDGE_ACTIONS, true);
        seed("SMC", SOUTHMOOR_ACTIONS, false);
    }

    private void seed(String code, List<DemoAction> demoActions, boolean evaluate) {
        List<Long> found = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (found.isEmpty()) {
            return;
        }
        Long tenant = found.get(0);
        transactions.executeWithoutResult(tx -> {
            Long existing = jdbc.queryForObject("select (select count(*) from partner_feedback where tenant_id = ?)"
                    + " + (select count(*) from feedback_action where tenant_id = ?)", Long.class, tenant, tenant);
            if (existing != null && existing > 0) {
                return;
            }
            new Demo(tenant).seed(demoActions, evaluate);
        });
    }

    private record Held(Long id, LocalDate heldOn, boolean counts) {
    }

    private record Staff(Long userId, String name, String email) {
    }

    private final class Demo {

        private final Long tenant;
        private final LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        private final Staff lead;
        private final Staff coordinator;

        Demo(Long tenant) {
            this.tenant = tenant;
            this.lead = staff("LEAD");
            this.coordinator = staff("COORDINATOR");
        }

        private Staff staff(String role) {
            return jdbc.query("select u.id, u.display_name, u.email from membership m join user_account u"
                    + " on u.id = m.user_id where m.tenant_id = ? and m.role = ? order by u.id",
                    (rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3)), tenant, role)
                    .stream().findFirst().orElse(null);
        }

        void seed(List<DemoAction> demoActions, boolean evaluate) {
            List<Held> sessions = jdbc.query("select id, held_on, kind from involvement_session where tenant_id = ?"
                    + " and status = 'COMPLETED' and held_on <= ? order by held_on, id",
                    (rs, n) -> new Held(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            !"SIMULATION_REUSE".equals(rs.getString(3))), tenant, Date.valueOf(today));
            if (sessions.isEmpty()) {
                return;
            }
            Long demoPartner = jdbc.queryForList("select id from partner where tenant_id = ? and email = ?", Long.class,
                    tenant, DEMO_PARTNER).stream().findFirst().orElse(null);
            Long demoPartnersNewest = demoPartner == null ? null : jdbc.queryForList("select o.session_id from"
                    + " session_offer o join involvement_session s on s.id = o.session_id and s.tenant_id = o.tenant_id"
                    + " where o.tenant_id = ? and o.partner_id = ? and o.attendance = 'ATTENDED'"
                    + " and s.status = 'COMPLETED' order by s.held_on desc, s.id desc", Long.class, tenant, demoPartner)
                    .stream().findFirst().orElse(null);
            // the two newest sessions that count as involvement are left without evaluation
            List<Long> unevaluated = sessions.stream().filter(Held::counts).map(Held::id)
                    .sorted(java.util.Comparator.reverseOrder()).limit(2).toList();
            int entry = 0;
            for (int i = 0; i < sessions.size(); i++) {
                Held session = sessions.get(i);
                List<Long> attended = jdbc.queryForList("select partner_id from session_offer where tenant_id = ?"
                        + " and session_id = ? and attendance = 'ATTENDED' order by partner_id", Long.class, tenant,
                        session.id());
                for (int p = 0; p < attended.size(); p++) {
                    Long partner = attended.get(p);
                    boolean leftForTheDemoPartner = partner.equals(demoPartner) && session.id().equals(demoPartnersNewest);
                    if (leftForTheDemoPartner || p % 4 == 3) {
                        continue;
                    }
                    partnerFeedback(session, partner, entry++);
                }
                if (evaluate && !unevaluated.contains(session.id()) && coordinator != null) {
                    staffFeedback(session, coordinator, i);
                    if (lead != null && i % 3 == 0) {
                        staffFeedback(session, lead, i + 1);
                    }
                    learnerFeedback(session, i);
                }
            }
            List<Held> counted = sessions.stream().filter(Held::counts).toList();
            for (int a = 0; a < demoActions.size() && lead != null && coordinator != null; a++) {
                Held from = counted.isEmpty() ? sessions.get(0) : counted.get(a % counted.size());
                action(from, demoActions.get(a), a % 2 == 0 ? coordinator : lead);
            }
        }

        private void partnerFeedback(Held session, Long partner, int n) {
            int rating = n % 7 == 5 ? 2 : 3 + n % 3;
            String change = TO_CHANGE.get(n % TO_CHANGE.size());
            jdbc.update("insert into partner_feedback (version, tenant_id, session_id, partner_id, rating,"
                    + " support_enough, would_again, to_change, given_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?)", tenant,
                    session.id(), partner, rating, rating >= 3 || n % 2 == 0, rating >= 3,
                    change.isEmpty() ? null : change, at(session.heldOn().plusDays(2)));
        }

        private void staffFeedback(Held session, Staff author, int n) {
            jdbc.update("insert into staff_feedback (version, tenant_id, session_id, author_user_id, author_name,"
                    + " rating, feedback_text, given_at) values (0, ?, ?, ?, ?, ?, ?, ?)", tenant, session.id(),
                    author.userId(), author.name(), 4 + n % 2, STAFF_TEXT.get(n % STAFF_TEXT.size()),
                    at(session.heldOn().plusDays(1)));
        }

        private void learnerFeedback(Held session, int n) {
            int responses = 18 + (n * 7) % 25;
            int negative = n % 4 == 1 ? 3 : 1;
            int neutral = 2 + n % 5;
            int positive = responses - neutral - negative - n % 3;
            jdbc.update("insert into learner_feedback (version, tenant_id, session_id, responses, positive, neutral,"
                    + " negative, comments, recorded_by, recorded_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant,
                    session.id(), responses, positive, neutral, negative,
                    n % 2 == 0 ? "Hearing real experience made the theory make sense." : null,
                    coordinator.email(), at(session.heldOn().plusDays(3)));
        }

        private void action(Held session, DemoAction a, Staff owner) {
            LocalDate raised = session.heldOn().plusDays(3);
            LocalDate due = today.plusDays(a.dueInDays());
            if (a.doneDaysAgo() != null && raised.isAfter(today.minusDays(a.doneDaysAgo() + 7L))) {
                raised = today.minusDays(a.doneDaysAgo() + 7L);
            }
            jdbc.update("insert into feedback_action (version, tenant_id, session_id, partner_feedback_id, heard, what,"
                    + " owner_user_id, owner_name, due_on, status, changed, done_on, raised_by, raised_at)"
                    + " values (0, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, session.id(), a.heard(), a.what(),
                    owner.userId(), owner.name(), Date.valueOf(due), a.status(), a.changed(),
                    a.doneDaysAgo() == null ? null : Date.valueOf(today.minusDays(a.doneDaysAgo())), coordinator.email(),
                    at(raised));
        }

        private Timestamp at(LocalDate day) {
            LocalDate capped = day.isAfter(today) ? today : day;
            var local = capped.atTime(LocalTime.of(10, 0)).atZone(UkFormats.UK_TIME).toInstant();
            return Timestamp.valueOf(LocalDateTime.ofInstant(local, ZoneOffset.UTC));
        }
    }
}
