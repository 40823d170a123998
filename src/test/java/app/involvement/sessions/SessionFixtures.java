package app.involvement.sessions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows the session tests build on, written straight to the tables (naming the tenant) so each test controls who is
 * prepared, free and experienced on its own day; sessions themselves go through {@link Sessions}.
 */
final class SessionFixtures {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;
    private final Long tenant;

    SessionFixtures(JdbcTemplate jdbc, Long tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    static long unique() {
        return UNIQUE.incrementAndGet();
    }

    Long activityType() {
        String name = "Offers test " + unique();
        jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, 'LEARNER_FACING')",
                tenant, name);
        return jdbc.queryForObject("select id from activity_type where tenant_id = ? and name = ?", Long.class, tenant,
                name);
    }

    /** The provider's first programme; one like another provider's when it has none (the bulk provider). */
    Long programme() {
        Long first = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        if (first != null) {
            return first;
        }
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at)"
                + " select 0, ?, name, profession, level, created_at from programme where id = (select min(id)"
                + " from programme)", tenant);
        return jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
    }

    Long partner(String preferredName, LocalDate lastInvolvedOn) {
        String email = "offers" + unique() + "@partners.example";
        jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                + " contact_preference, last_involved_on, created_at) values (0, ?, ?, ?, 'SERVICE_USER', 'ACTIVE', ?,"
                + " 'EMAIL', ?, ?)", tenant, preferredName, email, Date.valueOf(LocalDate.now().minusYears(1)),
                lastInvolvedOn == null ? null : Date.valueOf(lastInvolvedOn), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from partner where tenant_id = ? and email = ?", Long.class, tenant, email);
    }

    Long partnerByEmail(String email) {
        return jdbc.queryForObject("select id from partner where tenant_id = ? and email = ?", Long.class, tenant, email);
    }

    void status(Long partner, String status) {
        jdbc.update("update partner set status = ? where tenant_id = ? and id = ?", status, tenant, partner);
    }

    /** A dated exception: free (or away) for the whole day. */
    void exception(Long partner, LocalDate day, boolean available) {
        jdbc.update("insert into availability_exception (version, tenant_id, partner_id, starts_on, ends_on, available)"
                + " values (0, ?, ?, ?, ?, ?)", tenant, partner, Date.valueOf(day), Date.valueOf(day), available);
    }

    void weekly(Long partner, LocalDate day, String part) {
        jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day)"
                + " values (0, ?, ?, ?, ?)", tenant, partner, day.getDayOfWeek().getValue(), part);
    }

    /** A module the type requires; returns its id. */
    Long requiredModule(Long activityType) {
        String title = "Offers module " + unique();
        jdbc.update("insert into training_module (version, tenant_id, title, delivery) values (0, ?, ?, 'ONLINE')",
                tenant, title);
        Long module = jdbc.queryForObject("select id from training_module where tenant_id = ? and title = ?",
                Long.class, tenant, title);
        jdbc.update("insert into training_requirement (version, tenant_id, module_id, activity_type_id)"
                + " values (0, ?, ?, ?)", tenant, module, activityType);
        return module;
    }

    void trained(Long partner, Long module, LocalDate completedOn, LocalDate validUntil, boolean confirmed) {
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on, valid_until,"
                + " confirmed) values (0, ?, ?, ?, ?, ?, ?)", tenant, partner, module, Date.valueOf(completedOn),
                validUntil == null ? null : Date.valueOf(validUntil), confirmed);
    }

    Long category() {
        String name = "Offers category " + unique();
        jdbc.update("insert into experience_category (version, tenant_id, name) values (0, ?, ?)", tenant, name);
        return jdbc.queryForObject("select id from experience_category where tenant_id = ? and name = ?", Long.class,
                tenant, name);
    }

    void experience(Long partner, Long category, boolean consent) {
        if (consent) {
            jdbc.update("update partner set consent_given_at = ?, consent_version = 'experience-consent-v1',"
                    + " consent_text = 'test' where tenant_id = ? and id = ?", Timestamp.from(Instant.now()), tenant,
                    partner);
        }
        jdbc.update("insert into partner_experience (version, tenant_id, partner_id, category_id) values (0, ?, ?, ?)",
                tenant, partner, category);
    }

    static SessionInput input(Long programme, Long type, LocalDate day, LocalTime start, int minutes, int minimum,
            int target, OfferMode mode, SessionKind kind, Set<Long> wanted) {
        return new SessionInput(programme, type, "Admissions interviews", "Help us choose new students.", day, start,
                minutes, "Room 2", null, minimum, target, SessionLevel.INVOLVED, kind, wanted, !wanted.isEmpty(),
                null, null, null, null, false, false, mode, 48, 2);
    }

    static SessionInput withOfferHours(SessionInput i, int hours) {
        return new SessionInput(i.programmeId(), i.activityTypeId(), i.title(), i.description(), i.heldOn(),
                i.startTime(), i.durationMinutes(), i.place(), i.onlineLink(), i.placesMinimum(), i.placesTarget(),
                i.level(), i.kind(), i.wantedCategoryIds(), i.experienceRequired(), i.preparation(),
                i.preparationLink(), i.wellbeingNotes(), i.paymentNote(), i.confidentialityNeeded(),
                i.conflictCheckNeeded(), i.offerMode(), hours, i.reminderDays());
    }

    /** Puts a session in the past as completed, with an attended place for the partner. */
    void attendedCompleted(Long session, Long partner, LocalDate heldOn) {
        jdbc.update("update involvement_session set status = 'COMPLETED', held_on = ? where tenant_id = ? and id = ?",
                Date.valueOf(heldOn), tenant, session);
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                + " attendance) values (0, ?, ?, ?, 'CONFIRMED', ?, 'ATTENDED')", tenant, session, partner,
                Timestamp.from(Instant.now()));
    }

    /** An offer in whatever status, straight into the table. */
    Long offer(Long session, Long partner, OfferStatus status) {
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at)"
                + " values (0, ?, ?, ?, ?, ?)", tenant, session, partner, status.name(), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from session_offer where tenant_id = ? and session_id = ? and partner_id = ?",
                Long.class, tenant, session, partner);
    }

    OfferStatus status(Long offer) {
        return OfferStatus.valueOf(jdbc.queryForObject("select status from session_offer where id = ?", String.class,
                offer));
    }

    Integer rank(Long offer) {
        return jdbc.queryForObject("select backup_rank from session_offer where id = ?", Integer.class, offer);
    }

    Long offerOf(Long session, Long partner) {
        return jdbc.queryForObject("select id from session_offer where tenant_id = ? and session_id = ? and partner_id = ?",
                Long.class, tenant, session, partner);
    }
}
