package app.involvement.payments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows the claim tests build on, written straight to the tables of one provider: an activity type of the test's
 * own with its fee on the rate card in force on the session day (a one-day card when there is none), partners with
 * a payment choice, and a past session with their confirmed places. Completing the session goes through the
 * service, as staff do it.
 */
final class PaymentFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;
    private final Long tenant;

    PaymentFixtures(JdbcTemplate jdbc, Long tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    static long unique() {
        return UNIQUE.incrementAndGet();
    }

    /** A past day few other tests use, so a one-day rate card of this test's own can cover it. */
    static LocalDate pastDay() {
        return TODAY.minusDays(20 + unique() % 60);
    }

    Long activityType() {
        String name = "Claims test " + unique();
        jdbc.update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, 'LEARNER_FACING')",
                tenant, name);
        return jdbc.queryForObject("select id from activity_type where tenant_id = ? and name = ?", Long.class, tenant,
                name);
    }

    /** The type's fee on the card in force on the day; the card is made (for that day only) when none is. */
    void fee(LocalDate day, Long activityType, FeeBasis basis, long amountPence, Long dayPence, long preparationPence) {
        Long card = cardOn(day);
        jdbc.update("insert into rate_card_fee (version, tenant_id, rate_card_id, activity_type_id, basis, amount_pence,"
                + " day_pence, preparation_pence) values (0, ?, ?, ?, ?, ?, ?, ?)", tenant, card, activityType,
                basis.name(), amountPence, dayPence, preparationPence);
    }

    Long cardOn(LocalDate day) {
        Long card = jdbc.queryForObject("select max(id) from rate_card where tenant_id = ? and effective_from <= ?"
                + " and (effective_to is null or effective_to >= ?)", Long.class, tenant, Date.valueOf(day),
                Date.valueOf(day));
        if (card != null) {
            return card;
        }
        jdbc.update("insert into rate_card (version, tenant_id, effective_from, effective_to, mileage_pence_per_mile,"
                + " online_allowance_pence) values (0, ?, ?, ?, 45, 500)", tenant, Date.valueOf(day), Date.valueOf(day));
        return cardOn(day);
    }

    /** A partner with this payment choice (null: none yet) and an e-mail address of the test's own unless given. */
    Long partner(String name, String paymentChoice, String email) {
        String address = email != null ? email : "claims" + unique() + "@partners.example";
        Long existing = jdbc.queryForObject("select max(id) from partner where tenant_id = ? and email = ?",
                Long.class, tenant, address);
        if (existing != null) {
            jdbc.update("update partner set payment_choice = ? where id = ?", paymentChoice, existing);
            return existing;
        }
        jdbc.update("insert into partner (version, tenant_id, preferred_name, email, kind, status, status_since,"
                + " contact_preference, payment_choice, created_at) values (0, ?, ?, ?, 'SERVICE_USER', 'ACTIVE', ?,"
                + " 'EMAIL', ?, ?)", tenant, name, address, Date.valueOf(TODAY.minusYears(1)), paymentChoice,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from partner where tenant_id = ? and email = ?", Long.class, tenant,
                address);
    }

    Long partner(String name, String paymentChoice) {
        return partner(name, paymentChoice, null);
    }

    /** A planned session on a past day from 10:00, not yet completed. */
    Long session(LocalDate day, Long activityType, int minutes) {
        String title = "Claims session " + unique();
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        LocalTime end = LocalTime.of(10, 0).plusMinutes(minutes);
        jdbc.update("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                + " description, held_on, start_time, end_time, place, places_minimum, places_target, level, kind,"
                + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours,"
                + " reminder_days, status, ics_sequence) values (0, ?, ?, ?, ?, 'We talk with applicants.', ?,"
                + " '10:00:00', ?, 'Room 2.14', 1, 4, 'INVOLVED', 'INVOLVEMENT', false, false, false, 'FIRST_COME', 48,"
                + " 2, 'PLANNED', 0)", tenant, programme, activityType, title, Date.valueOf(day),
                java.sql.Time.valueOf(end));
        return jdbc.queryForObject("select id from involvement_session where tenant_id = ? and title = ?", Long.class,
                tenant, title);
    }

    /** A confirmed place; returns the offer id. */
    Long place(Long session, Long partner) {
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at)"
                + " values (0, ?, ?, ?, 'CONFIRMED', ?)", tenant, session, partner, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from session_offer where tenant_id = ? and session_id = ?"
                + " and partner_id = ?", Long.class, tenant, session, partner);
    }

    Long claimOf(Long session, Long partner) {
        return jdbc.queryForObject("select id from payment_claim where tenant_id = ? and session_id = ?"
                + " and partner_id = ?", Long.class, tenant, session, partner);
    }

    long claimCount(Long session) {
        return jdbc.queryForObject("select count(*) from payment_claim where session_id = ?", Long.class, session);
    }

    String status(Long claim) {
        return jdbc.queryForObject("select status from payment_claim where id = ?", String.class, claim);
    }

    /** Who did that step of the claim, from the audit log. */
    String auditActor(String eventType, Long claim) {
        return jdbc.queryForObject("select max(actor) from audit_entry where event_type = ? and subject = ?",
                String.class, eventType, "claim " + claim);
    }

    long auditCount(String eventType, Long claim) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?",
                Long.class, eventType, "claim " + claim);
    }
}
