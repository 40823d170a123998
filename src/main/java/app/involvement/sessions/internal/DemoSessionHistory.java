package app.involvement.sessions.internal;

import app.involvement.sessions.Attendance;
import app.involvement.sessions.OfferMode;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: a year of involvement behind the demo providers, for the insights, pitfalls and the reviewer's
 * evidence (DD044). Northbridge: {@value #NB_SESSIONS} completed sessions over the past twelve months (beside the
 * past term of {@link DemoSessions}), spread over its three programmes, every activity area and every level, with
 * one simulation developed and its recording re-used (no partners, never counts as involvement), attendance recorded
 * and the involvement shared fairly among the active partners without a login. Southmoor: {@value #SM_SESSIONS}
 * sessions in which the same two partners take nearly every place, so the "reliance on few individuals" pitfall fires.
 * Dated from today (UK time); the demo logins' own pages are left as {@link DemoSessions} made them. Skipped once a
 * provider has a session older than {@value #MARKER_DAYS} days (the past term of {@link DemoSessions} is younger).
 */
@Component
@Profile("demo & !mysql")
@Order(25)
class DemoSessionHistory implements ApplicationRunner {

    static final int NB_SESSIONS = 40;
    static final int SM_SESSIONS = 12;
    /** The oldest session of {@link DemoSessions} is 75 days ago; anything older is this history. */
    static final int MARKER_DAYS = 100;
    private static final String PAYMENT = "Paid at the provider’s standard rate, with travel expenses.";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final InvolvementSessionRepository sessions;
    private final SessionOfferRepository offers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSessionHistory(InvolvementSessionRepository sessions, SessionOfferRepository offers, JdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.sessions = sessions;
        this.offers = offers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One kind of session the provider holds again and again. */
    private record Template(String programme, String type, String title, String description, String start, int minutes,
            String place, String link, SessionLevel level, SessionKind kind, int minimum, int target) {
    }

    private static final List<Template> NORTHBRIDGE = List.of(
            new Template("BSc (Hons) Physiotherapy", "Admissions and interviews", "Physiotherapy interview day",
                    "Sit on an interview panel and ask applicants one question about working with patients.", "09:30",
                    240, "Room 1.05, Allied Health Building", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 2, 3),
            new Template("BSc (Hons) Paramedic Science", "Teaching delivery", "Calling 999 for someone you care for",
                    "Tell first-year paramedic students what it was like to call for help, and answer their questions.",
                    "13:30", 90, "Lecture theatre 3, Health Sciences Building", null, SessionLevel.INVOLVED,
                    SessionKind.INVOLVEMENT, 1, 2),
            new Template("MSc Occupational Therapy (pre-registration)", "Programme design and co-production",
                    "Co-designing the home adaptations module",
                    "Work with lecturers and students to rewrite the module on adapting a home after an illness.",
                    "13:00", 180, "Room 3.02, Allied Health Building", null, SessionLevel.CO_PRODUCED,
                    SessionKind.INVOLVEMENT, 2, 3),
            new Template("BSc (Hons) Paramedic Science", "Assessment (e.g. OSCE)", "OSCE: mental health crisis station",
                    "Play a person in crisis in an assessment station, then give each student one piece of feedback.",
                    "09:00", 300, "Clinical Skills Centre", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 2, 3),
            new Template("BSc (Hons) Physiotherapy", "Programme board or committee", "Physiotherapy programme board",
                    "Give your view on the programme's results and plans as a member of the programme board.", "10:00",
                    120, null, "https://teams.microsoft.com/l/meetup-join/northbridge-physio-board",
                    SessionLevel.CONSULTED, SessionKind.INVOLVEMENT, 1, 2),
            new Template("MSc Occupational Therapy (pre-registration)", "Teaching delivery",
                    "Getting back to work after a brain injury",
                    "Talk to occupational therapy students about returning to work and what helped you most.", "14:00",
                    120, "Room 2.14, Health Sciences Building", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 1,
                    2),
            new Template("BSc (Hons) Paramedic Science", "Advisory group", "Partners’ advisory group",
                    "Meet the programme team to talk about how partners are involved and what should change.", "17:30",
                    90, "Board Room, Northbridge House", null, SessionLevel.CONSULTED, SessionKind.INVOLVEMENT, 2, 3),
            new Template("BSc (Hons) Physiotherapy", "Assessment (e.g. OSCE)", "OSCE: falls assessment station",
                    "Play an older person after a fall in an assessment station, following a short script.", "09:00",
                    240, "Clinical Skills Centre", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 2, 3),
            new Template("MSc Occupational Therapy (pre-registration)", "Admissions and interviews",
                    "Occupational therapy interview day",
                    "Join an interview panel for applicants and score one question about working with people.", "10:00",
                    180, "Room 1.05, Allied Health Building", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 1, 2),
            new Template("BSc (Hons) Physiotherapy", "Policy development", "Reviewing the partners’ expenses policy",
                    "Read the draft expenses policy with us and tell us what is unclear or unfair.", "11:00", 90, null,
                    "https://teams.microsoft.com/l/meetup-join/northbridge-policy", SessionLevel.CONSULTED,
                    SessionKind.INVOLVEMENT, 1, 3),
            new Template("BSc (Hons) Paramedic Science", "Research", "Shaping a student research project",
                    "Help final-year students choose questions for their project on care after a cardiac arrest.",
                    "15:00", 90, "Room 2.14, Health Sciences Building", null, SessionLevel.CONSULTED,
                    SessionKind.INVOLVEMENT, 1, 2),
            new Template("BSc (Hons) Physiotherapy", "Teaching delivery", "Living with chronic pain",
                    "Tell second-year students what living with chronic pain is like, and what helps.", "10:00", 90,
                    "Lecture theatre 2, Health Sciences Building", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT,
                    1, 2),
            new Template("MSc Occupational Therapy (pre-registration)", "Programme board or committee",
                    "Programme update for partners",
                    "Hear what changed in the programme this term because of what partners told us.", "16:00", 60,
                    null, "https://teams.microsoft.com/l/meetup-join/northbridge-ot-update", SessionLevel.INFORMED,
                    SessionKind.INVOLVEMENT, 1, 4),
            new Template("BSc (Hons) Physiotherapy", "Fitness to practise panel", "Fitness to practise panel",
                    "Sit as the lay member of a fitness to practise panel for a student.", "10:00", 150,
                    "Board Room, Northbridge House", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 1, 1),
            new Template("BSc (Hons) Paramedic Science", "Admissions and interviews", "Paramedic Science interview day",
                    "Ask applicants one question about working with people and score the answer with the panel.",
                    "09:30", 210, "Room 1.05, Allied Health Building", null, SessionLevel.INVOLVED,
                    SessionKind.INVOLVEMENT, 2, 3));

    private static final Template FILMING = new Template("BSc (Hons) Paramedic Science", "Simulation development",
            "Filming a mental health crisis scenario",
            "Help us write and film a call-out to a person in a mental health crisis, from their side.", "10:00", 180,
            "Simulation Suite, Allied Health Building", null, SessionLevel.CO_PRODUCED,
            SessionKind.SIMULATION_DEVELOPMENT, 2, 2);

    private static final Template RECORDING = new Template("BSc (Hons) Paramedic Science", "Teaching delivery",
            "Mental health crisis scenario (recording)",
            "First-year students watch and discuss the mental health crisis film. No partners take part.", "14:00", 60,
            "Lecture theatre 3, Health Sciences Building", null, SessionLevel.INFORMED, SessionKind.SIMULATION_REUSE,
            1, 1);

    private static final List<Template> SOUTHMOOR = List.of(
            new Template("BSc (Hons) Paramedic Science", "Assessment (e.g. OSCE)", "OSCE: chest pain station",
                    "Play a patient with chest pain in an assessment station and give each student feedback.", "09:00",
                    240, "Skills Lab B, Southmoor Campus", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 2, 3),
            new Template("FdSc Operating Department Practice", "Teaching delivery", "Waking up after an operation",
                    "Tell first-year students what waking up in recovery was like and what helped.", "13:30", 60,
                    "Room G.12, Southmoor Campus", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 1, 2),
            new Template("FdSc Operating Department Practice", "Admissions and interviews",
                    "Operating Department Practice interview day",
                    "Ask applicants one question about caring for patients and score the answer with the panel.",
                    "10:00", 180, "Room G.12, Southmoor Campus", null, SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, 1,
                    2),
            new Template("BSc (Hons) Paramedic Science", "Programme board or committee", "Paramedic programme board",
                    "Give your view on the programme's plans as a member of the programme board.", "10:00", 120, null,
                    "https://teams.microsoft.com/l/meetup-join/southmoor-board", SessionLevel.CONSULTED,
                    SessionKind.INVOLVEMENT, 1, 2));

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", true);
        seed("SMC", false);
    }

    private void seed(String code, boolean northbridge) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (tenant.isEmpty()) {
            return;
        }
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            var history = new History(tenant.get(0));
            if (history.seeded() || history.others.size() < 8 || history.coordinator == null) {
                return;
            }
            if (northbridge) {
                northbridge(history);
            } else {
                southmoor(history);
            }
            history.updateLastInvolved();
        }));
    }

    /**
     * Forty sessions from a year ago to three weeks ago, about one every nine days, the templates in turn; the
     * simulation is filmed in the autumn and its recording shown a month later. Partners take places in turn, so no
     * one carries the involvement.
     */
    private void northbridge(History h) {
        int turn = 0;
        int template = 0;
        for (int i = 0; i < NB_SESSIONS; i++) {
            int daysAgo = 360 - i * 340 / (NB_SESSIONS - 1);
            Template t;
            if (i == 12) {
                t = FILMING;
            } else if (i == 16) {
                t = RECORDING;
            } else {
                t = NORTHBRIDGE.get(template++ % NORTHBRIDGE.size());
            }
            var session = h.session(t, h.weekday(-daysAgo));
            if (!t.kind().countsAsInvolvement()) {
                continue;
            }
            int places = t.target() == 1 ? 1 : t.target() - (i % 3 == 0 ? 1 : 0);
            for (int p = 0; p < places; p++) {
                int n = turn++;
                Attendance attendance = n % 17 == 5 ? Attendance.NO_SHOW : n % 23 == 9 ? Attendance.CANCELLED
                        : Attendance.ATTENDED;
                h.attended(session, h.other(n), attendance);
            }
            if (i % 3 == 1) {
                h.answered(session, h.other(turn + 3), i % 2 == 0 ? OfferStatus.EXPIRED : OfferStatus.DECLINED);
            }
        }
    }

    /** Twelve sessions, about one a month until a month ago: the first two partners are in nearly every one, a third now and then. */
    private void southmoor(History h) {
        for (int i = 0; i < SM_SESSIONS; i++) {
            int daysAgo = 340 - i * 310 / (SM_SESSIONS - 1);
            Template t = SOUTHMOOR.get(i % SOUTHMOOR.size());
            var session = h.session(t, h.weekday(-daysAgo));
            h.attended(session, h.other(0), Attendance.ATTENDED);
            if (t.target() > 1) {
                h.attended(session, h.other(1), i == 7 ? Attendance.NO_SHOW : Attendance.ATTENDED);
            }
            if (t.target() > 2 && i % 2 == 0) {
                h.attended(session, h.other(2 + i / 4), Attendance.ATTENDED);
            }
            if (i % 3 == 2) {
                h.answered(session, h.other(5 + i % 4), OfferStatus.DECLINED);
            }
        }
    }

    /** One provider's history: its ids, the partners to involve and the dates attended. */
    private final class History {

        private final Long tenant;
        /** Active partners without an account, longest active first. */
        private final List<Long> others = new ArrayList<>();
        /** The day each became active (none recorded: active all along). */
        private final Map<Long, LocalDate> activeSince = new HashMap<>();
        /** "session:partner" of every offer made, so no partner is offered one session twice. */
        private final Set<String> offered = new HashSet<>();
        private final LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        private final Instant now = clock.instant();
        private final Map<Long, LocalDate> involved = new HashMap<>();
        private final String coordinator;

        History(Long tenant) {
            this.tenant = tenant;
            jdbc.query("select p.id, (select min(c.changed_on) from partner_status_change c where c.tenant_id ="
                    + " p.tenant_id and c.partner_id = p.id and c.to_status = 'ACTIVE') since from partner p"
                    + " where p.tenant_id = ? and p.status = 'ACTIVE' and p.user_id is null", rs -> {
                        Date since = rs.getDate(2);
                        others.add(rs.getLong(1));
                        activeSince.put(rs.getLong(1), since == null ? LocalDate.MIN : since.toLocalDate());
                    }, tenant);
            others.sort(Comparator.comparing((Long id) -> activeSince.get(id)).thenComparing(id -> id));
            this.coordinator = jdbc.queryForList("select u.email from membership m join user_account u on u.id = m.user_id"
                    + " where m.tenant_id = ? and m.role = 'COORDINATOR' order by u.id", String.class, tenant)
                    .stream().findFirst().orElse(null);
        }

        boolean seeded() {
            Long older = jdbc.queryForObject("select count(*) from involvement_session where tenant_id = ?"
                    + " and held_on < ?", Long.class, tenant, Date.valueOf(today.minusDays(MARKER_DAYS)));
            return older != null && older > 0;
        }

        Long other(int index) {
            return others.get(index % others.size());
        }

        /** A weekday {@code days} from today (moved on past a weekend). */
        LocalDate weekday(int days) {
            LocalDate day = today.plusDays(days);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day;
        }

        /** A session held on that day, completed the evening after it; its title names the month. */
        InvolvementSession session(Template t, LocalDate on) {
            Long programme = jdbc.queryForObject("select id from programme where tenant_id = ? and name = ?", Long.class,
                    tenant, t.programme());
            Long type = jdbc.queryForObject("select id from activity_type where tenant_id = ? and name = ?", Long.class,
                    tenant, t.type());
            var input = new SessionInput(programme, type, t.title() + ", " + on.format(MONTH), t.description(), on,
                    LocalTime.parse(t.start()), t.minutes(), t.place(), t.link(), t.minimum(), t.target(), t.level(),
                    t.kind(), Set.of(), false, null, null, null, t.kind().countsAsInvolvement() ? PAYMENT : null,
                    t.type().startsWith("Admissions") || t.type().startsWith("Fitness"),
                    t.type().startsWith("Admissions") || t.type().startsWith("Fitness"), OfferMode.FIRST_COME, 7 * 24,
                    2);
            var session = new InvolvementSession(input, coordinator);
            session.complete(on.atTime(18, 0).atZone(UkFormats.UK_TIME).toInstant());
            return sessions.save(session);
        }

        /** Offered three weeks before, accepted two days later, attendance recorded. */
        void attended(InvolvementSession session, Long wanted, Attendance attendance) {
            Long partner = activeOn(session, wanted);
            if (partner == null) {
                return;
            }
            var offer = offer(session, partner);
            offer.respond(OfferStatus.CONFIRMED, offer.getOfferedAt().plus(Duration.ofDays(2)));
            offer.record(attendance);
            if (attendance == Attendance.ATTENDED && session.getKind().countsAsInvolvement()) {
                involved.merge(partner, session.getHeldOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        void answered(InvolvementSession session, Long wanted, OfferStatus status) {
            Long partner = activeOn(session, wanted);
            if (partner == null) {
                return;
            }
            var offer = offer(session, partner);
            offer.respond(status, status == OfferStatus.EXPIRED ? offer.getExpiresAt()
                    : offer.getOfferedAt().plus(Duration.ofDays(1)));
        }

        /**
         * The partner wanted, or the next one in turn who was already active on the session day and has not been
         * offered this session; null when nobody is left.
         */
        private Long activeOn(InvolvementSession session, Long wanted) {
            int start = others.indexOf(wanted);
            for (int k = 0; k < others.size(); k++) {
                Long candidate = others.get((start + k) % others.size());
                if (!activeSince.get(candidate).isAfter(session.getHeldOn())
                        && offered.add(session.getId() + ":" + candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private SessionOffer offer(InvolvementSession session, Long partner) {
            Instant sent = session.getHeldOn().minusDays(21).atTime(11, 0).atZone(UkFormats.UK_TIME).toInstant();
            if (sent.isAfter(now)) {
                sent = now.minus(Duration.ofHours(2));
            }
            return offers.save(new SessionOffer(session.getId(), partner, sent,
                    sent.plus(Duration.ofHours(session.getOfferValidHours()))));
        }

        /** The latest session each partner attended that counts as involvement; never moves a later date back. */
        void updateLastInvolved() {
            sessions.flush();
            offers.flush();
            involved.forEach((partner, on) -> jdbc.update("update partner set last_involved_on = ? where tenant_id = ?"
                    + " and id = ? and (last_involved_on is null or last_involved_on < ?)", Date.valueOf(on), tenant,
                    partner, Date.valueOf(on)));
        }
    }
}
