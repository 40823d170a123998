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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: involvement sessions in both demo providers, dated from today (UK time) so the demo always
 * looks current. Northbridge has a past term of completed sessions with attendance (one developing simulation
 * material, one re-using it, which never counts as involvement), and coming weeks with a confirmed place and
 * preparation for {@code partner@} and {@code carer@}, a session with ranked backups, one below its minimum and an
 * offer waiting for both; Southmoor has a smaller set. Rows go in through the entities with the tenant set (the
 * offer rules belong to the offer services; these rows are the state those services would have left). The
 * partners' "last involved" date follows the attendance. Runs after the pool, training and support demo data;
 * skipped once a provider has sessions.
 */
@Component
@Profile("demo & !mysql")
@Order(23)
class DemoSessions implements ApplicationRunner {

    static final String NB_PARTNER = "partner@northbridge.example";
    static final String NB_CARER = "carer@northbridge.example";
    static final String SM_PARTNER = "partner@southmoor.example";
    static final String BOTH = "both@partners.example";
    private static final String PAYMENT = "Paid at the provider’s standard rate, with travel expenses.";

    private final InvolvementSessionRepository sessions;
    private final SessionExperienceRepository experience;
    private final SessionOfferRepository offers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSessions(InvolvementSessionRepository sessions, SessionExperienceRepository experience,
            SessionOfferRepository offers, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.sessions = sessions;
        this.experience = experience;
        this.offers = offers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", this::northbridge);
        seed("SMC", this::southmoor);
    }

    private void seed(String code, Consumer<Demo> story) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (tenant.isEmpty()) {
            return;
        }
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            if (sessions.count() > 0) {
                return;
            }
            var demo = new Demo(tenant.get(0));
            if (demo.others.size() < 8) {
                return;
            }
            story.accept(demo);
            demo.updateLastInvolved();
        }));
    }

    private void northbridge(Demo d) {
        Long physio = d.programme("BSc (Hons) Physiotherapy");
        Long paramedic = d.programme("BSc (Hons) Paramedic Science");
        Long ot = d.programme("MSc Occupational Therapy (pre-registration)");
        Long sam = d.account(NB_PARTNER);
        Long maria = d.account(NB_CARER);

        // the past term: completed, attendance recorded
        var interviews = d.past(d.session(physio, "Admissions and interviews", "Physiotherapy interview day",
                "Sit on an interview panel with a lecturer and ask applicants one question about working with"
                        + " patients. We give you the question and a simple scoring guide.",
                d.weekday(-75), "09:30", 240, "Room 1.05, Allied Health Building", null, 2, 3, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, "Read the question bank and the scoring guide before the day.", null, true, true));
        d.attended(interviews, sam, Attendance.ATTENDED);
        d.attended(interviews, d.other(0), Attendance.ATTENDED);
        d.attended(interviews, d.other(1), Attendance.ATTENDED);
        d.answered(interviews, d.other(2), OfferStatus.DECLINED);

        var teaching = d.past(d.session(paramedic, "Teaching delivery", "Caring for someone after a cardiac arrest",
                "Tell first-year paramedic students what the first weeks at home were like after your family member"
                        + " came home from hospital, and answer their questions.",
                d.weekday(-61), "13:30", 90, "Lecture theatre 3, Health Sciences Building", null, 1, 2,
                SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, null, null, false, false));
        d.attended(teaching, maria, Attendance.ATTENDED);
        d.attended(teaching, d.other(3), Attendance.CANCELLED);
        d.answered(teaching, d.other(4), OfferStatus.EXPIRED);

        var osce = d.past(d.session(paramedic, "Assessment (e.g. OSCE)", "OSCE: history taking station",
                "Play a patient in a history-taking station. Students ask you about your symptoms; you follow a short"
                        + " script and give each student one piece of feedback.",
                d.weekday(-47), "09:00", 300, "Clinical Skills Centre", null, 3, 4, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, "Learn the patient script. It takes about 20 minutes to read.", null, true, false));
        d.attended(osce, sam, Attendance.ATTENDED);
        d.attended(osce, d.other(0), Attendance.ATTENDED);
        d.attended(osce, d.other(5), Attendance.NO_SHOW);
        d.attended(osce, d.other(6), Attendance.ATTENDED);

        var simulation = d.past(d.session(physio, "Simulation development", "Filming a stroke rehabilitation scenario",
                "Help us write and film a scenario about getting home after a stroke. Your experience shapes what"
                        + " the physiotherapist in the film says and does.",
                d.weekday(-33), "10:00", 180, "Simulation Suite, Allied Health Building", null, 2, 2,
                SessionLevel.CO_PRODUCED, SessionKind.SIMULATION_DEVELOPMENT, null, null, true, false));
        d.attended(simulation, maria, Attendance.ATTENDED);
        d.attended(simulation, d.other(7), Attendance.ATTENDED);

        // re-using the film: recorded for the record, no partners, never counts as involvement
        d.past(d.session(physio, "Teaching delivery", "Stroke rehabilitation scenario (recording)",
                "Second-year students watch and discuss the stroke rehabilitation film. No partners take part.",
                d.weekday(-12), "14:00", 60, "Room 2.14, Health Sciences Building", null, 1, 1, SessionLevel.INFORMED,
                SessionKind.SIMULATION_REUSE, null, null, false, false));

        var panel = d.past(d.session(physio, "Fitness to practise panel", "Fitness to practise panel",
                "Sit as the lay member of a fitness to practise panel for a physiotherapy student.",
                d.weekday(-8), "10:00", 150, "Board Room, Northbridge House", null, 1, 1, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, null, null, true, true));
        d.attended(panel, d.other(1), Attendance.ATTENDED);

        // the coming weeks
        var nextInterviews = d.session(paramedic, "Admissions and interviews", "Paramedic Science interview day",
                "Join an interview panel for applicants to Paramedic Science. You ask one question about working with"
                        + " people and score the answer with the panel. Lunch is provided.",
                d.weekday(4), "09:30", 210, "Room 1.05, Allied Health Building", null, 2, 3, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, "Read the interview questions and the scoring guide. Arrive 20 minutes early"
                        + " for a short briefing with the admissions tutor.",
                "https://www.hcpc-uk.org/standards/standards-of-proficiency/paramedics/", true, true);
        d.confirmed(nextInterviews, sam);
        d.confirmed(nextInterviews, d.other(2));
        d.confirmed(nextInterviews, d.other(6));
        d.backup(nextInterviews, d.other(8), 1);
        d.backup(nextInterviews, d.other(9), 2);

        var lecture = d.session(physio, "Teaching delivery", "Caring for a parent after a stroke",
                "Talk to second-year physiotherapy students about caring for a parent at home after a stroke: what"
                        + " helped, what did not, and what you wish staff had known.",
                d.weekday(8), "14:00", 90, "Lecture theatre 2, Health Sciences Building", null, 1, 2,
                SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, "Think of two or three moments you are happy to share."
                        + " The lecturer will call you the week before to plan the session with you.",
                "https://www.nice.org.uk/guidance/ng236/informationforpublic", false, false);
        d.wellbeingNotes(lecture, "Students may ask about difficult moments. You can choose not to answer.");
        d.confirmed(lecture, maria);
        d.confirmed(lecture, d.other(3));

        var board = d.session(paramedic, "Programme board or committee", "Paramedic curriculum review board",
                "Give your view on the changes planned for the second year of Paramedic Science, as a member of the"
                        + " programme board.",
                d.weekday(10), "10:00", 120, null, "https://teams.microsoft.com/l/meetup-join/northbridge-board",
                3, 4, SessionLevel.CONSULTED, SessionKind.INVOLVEMENT, "Read the summary of the planned changes.",
                null, true, false);
        d.confirmed(board, d.other(4));
        d.withdrawn(board, d.other(5), "A hospital appointment on the same day");
        d.offered(board, d.other(10));

        var handbook = d.session(ot, "Programme design and co-production", "Co-designing the placement handbook",
                "Work with students and lecturers to rewrite the placement handbook for occupational therapy"
                        + " students, so it reflects what matters to the people they work with.",
                d.weekday(12), "13:00", 180, "Room 3.02, Allied Health Building", null, 2, 3, SessionLevel.CO_PRODUCED,
                SessionKind.INVOLVEMENT, "Look through the current handbook and note anything that is unclear.",
                "https://www.rcot.co.uk/publications", false, false);
        d.wanted(handbook, "Physical disability", "Long-term condition");
        d.offered(handbook, sam);
        d.offered(handbook, maria);
        d.offered(handbook, d.other(11));

        var nextSimulation = d.session(paramedic, "Simulation development", "Writing a cardiac arrest scenario",
                "Help paramedic lecturers write a simulated call to a cardiac arrest at home, from the family's side.",
                d.weekday(26), "10:00", 150, "Simulation Suite, Allied Health Building", null, 1, 2,
                SessionLevel.CO_PRODUCED, SessionKind.SIMULATION_DEVELOPMENT, null, null, true, false);
        d.wellbeingNotes(nextSimulation, "The scenario includes a death at home. Your named contact is there all day.");
        d.confirmed(nextSimulation, d.other(7));
        d.offered(nextSimulation, d.other(0));
    }

    private void southmoor(Demo d) {
        Long paramedic = d.programme("BSc (Hons) Paramedic Science");
        Long odp = d.programme("FdSc Operating Department Practice");
        Long dev = d.account(SM_PARTNER);
        Long jo = d.account(BOTH);

        var osce = d.past(d.session(paramedic, "Assessment (e.g. OSCE)", "OSCE: breaking bad news",
                "Play a relative in a station where students give difficult news, then give each student feedback.",
                d.weekday(-40), "09:00", 240, "Skills Lab B, Southmoor Campus", null, 2, 3, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, "Read the relative's script.", null, true, false));
        d.attended(osce, dev, Attendance.ATTENDED);
        d.attended(osce, d.other(0), Attendance.ATTENDED);
        d.attended(osce, d.other(1), Attendance.NO_SHOW);

        var interviews = d.session(odp, "Admissions and interviews", "Operating Department Practice interviews",
                "Ask applicants one question about caring for patients before and after surgery, and score the answer"
                        + " with the panel.",
                d.weekday(6), "10:00", 180, "Room G.12, Southmoor Campus", null, 1, 2, SessionLevel.INVOLVED,
                SessionKind.INVOLVEMENT, "Read the interview question and the scoring guide.",
                "https://www.hcpc-uk.org/standards/standards-of-proficiency/operating-department-practitioners/", true,
                true);
        d.confirmed(interviews, dev);
        d.confirmed(interviews, d.other(2));
        d.backup(interviews, d.other(3), 1);

        var theatre = d.session(odp, "Teaching delivery", "What surgery felt like as a patient",
                "Tell first-year students what it was like to be a patient going into theatre, and what helped you feel"
                        + " safe.",
                d.weekday(13), "13:30", 60, null, "https://teams.microsoft.com/l/meetup-join/southmoor-odp", 1, 2,
                SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, null, null, false, false);
        d.offered(theatre, dev);
        d.offered(theatre, jo);
    }

    /** One provider's seeding: its ids, the partners to involve and the dates attended. */
    private final class Demo {

        private final Long tenant;
        /** Active partners without an account, in a fixed order. */
        private final List<Long> others;
        private final LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        private final Instant now = clock.instant();
        private final Map<Long, LocalDate> involved = new HashMap<>();
        private final String coordinator;

        Demo(Long tenant) {
            this.tenant = tenant;
            this.others = jdbc.queryForList("select id from partner where tenant_id = ? and status = 'ACTIVE'"
                    + " and user_id is null order by id", Long.class, tenant);
            this.coordinator = jdbc.queryForList("select u.email from membership m join user_account u on u.id = m.user_id"
                    + " where m.tenant_id = ? and m.role = 'COORDINATOR' order by u.id", String.class, tenant)
                    .stream().findFirst().orElse(null);
        }

        Long programme(String name) {
            return jdbc.queryForObject("select id from programme where tenant_id = ? and name = ?", Long.class, tenant,
                    name);
        }

        Long account(String email) {
            return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                    + " where p.tenant_id = ? and u.email = ?", Long.class, tenant, email);
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

        InvolvementSession session(Long programme, String type, String title, String description, LocalDate on,
                String start, int minutes, String place, String link, int minimum, int target, SessionLevel level,
                SessionKind kind, String preparation, String preparationLink, boolean confidentiality,
                boolean conflict) {
            Long typeId = jdbc.queryForObject("select id from activity_type where tenant_id = ? and name = ?",
                    Long.class, tenant, type);
            var input = new SessionInput(programme, typeId, title, description, on, LocalTime.parse(start), minutes,
                    place, link, minimum, target, level, kind, Set.of(), false, preparation, preparationLink, null,
                    kind.countsAsInvolvement() ? PAYMENT : null, confidentiality, conflict, OfferMode.FIRST_COME, 7 * 24,
                    2);
            return sessions.save(new InvolvementSession(input, coordinator));
        }

        void wellbeingNotes(InvolvementSession session, String notes) {
            var s = session;
            s.apply(new SessionInput(s.getProgrammeId(), s.getActivityTypeId(), s.getTitle(), s.getDescription(),
                    s.getHeldOn(), s.getStartTime(), (int) Duration.between(s.getStartTime(), s.getEndTime()).toMinutes(),
                    s.getPlace(), s.getOnlineLink(), s.getPlacesMinimum(), s.getPlacesTarget(), s.getLevel(), s.getKind(),
                    Set.of(), s.isExperienceRequired(), s.getPreparation(), s.getPreparationLink(), notes,
                    s.getPaymentNote(), s.isConfidentialityNeeded(), s.isConflictCheckNeeded(), s.getOfferMode(),
                    s.getOfferValidHours(), s.getReminderDays()));
        }

        void wanted(InvolvementSession session, String... categories) {
            for (String name : categories) {
                Long category = jdbc.queryForObject("select id from experience_category where tenant_id = ? and name = ?",
                        Long.class, tenant, name);
                experience.save(new SessionExperience(session.getId(), category));
            }
        }

        /** Marks a session that has taken place as completed, the evening after it. */
        InvolvementSession past(InvolvementSession session) {
            session.complete(session.getHeldOn().atTime(18, 0).atZone(UkFormats.UK_TIME).toInstant());
            return session;
        }

        /** Offered three weeks before, accepted two days later, attendance recorded. */
        void attended(InvolvementSession session, Long partner, Attendance attendance) {
            var offer = offer(session, partner, 21);
            offer.respond(OfferStatus.CONFIRMED, offer.getOfferedAt().plus(Duration.ofDays(2)));
            offer.record(attendance);
            if (attendance == Attendance.ATTENDED && session.getKind().countsAsInvolvement()) {
                involved.merge(partner, session.getHeldOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        void answered(InvolvementSession session, Long partner, OfferStatus status) {
            var offer = offer(session, partner, 21);
            offer.respond(status, status == OfferStatus.EXPIRED ? offer.getExpiresAt()
                    : offer.getOfferedAt().plus(Duration.ofDays(1)));
        }

        void confirmed(InvolvementSession session, Long partner) {
            var offer = offer(session, partner, 9);
            offer.respond(OfferStatus.CONFIRMED, offer.getOfferedAt().plus(Duration.ofHours(5)));
        }

        void backup(InvolvementSession session, Long partner, int rank) {
            var offer = offer(session, partner, 9);
            offer.becomeBackup(rank, offer.getOfferedAt().plus(Duration.ofHours(20 + rank)));
        }

        void withdrawn(InvolvementSession session, Long partner, String reason) {
            var offer = offer(session, partner, 9);
            offer.respond(OfferStatus.CONFIRMED, offer.getOfferedAt().plus(Duration.ofHours(3)));
            offer.withdraw(reason, now.minus(Duration.ofDays(1)));
        }

        /** Sent yesterday, waiting: it runs out in six days. */
        void offered(InvolvementSession session, Long partner) {
            offers.save(new SessionOffer(session.getId(), partner, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(6))));
        }

        /** An offer sent {@code daysBefore} days before the session (never later than now). */
        private SessionOffer offer(InvolvementSession session, Long partner, int daysBefore) {
            Instant sent = session.getHeldOn().minusDays(daysBefore).atTime(11, 0).atZone(UkFormats.UK_TIME).toInstant();
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
