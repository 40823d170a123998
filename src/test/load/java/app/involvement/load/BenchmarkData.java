package app.involvement.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills the benchmark database through JDBC, never through the portal: two providers (one with 10,000
 * partners and a weekly availability for each, one small), partner logins linked to pool records, and
 * coordinator logins with an authenticator app set up. Every login has the password {@link #PASSWORD},
 * hashed once with the portal's Argon2id settings; every coordinator's TOTP secret is {@link #TOTP_SECRET}.
 *
 * <p>{@code reset} drops every table of the database (the portal's Flyway then builds it afresh on start);
 * {@code seed} adds the data unless it is already there. Connection from {@code SPRING_DATASOURCE_URL},
 * {@code _USERNAME}, {@code _PASSWORD}.
 */
public final class BenchmarkData {

    public static final String PASSWORD = "load-benchmark-2026";
    /** 160-bit Base32 secret for the benchmark's coordinators only; never used outside this database. */
    public static final String TOTP_SECRET = "LOADBENCHMARKTOTPSECRETFORTESTS2";
    public static final String LARGE = "LOADL";
    public static final String SMALL = "LOADS";
    public static final int LARGE_PARTNERS = 10_000;
    public static final int SMALL_PARTNERS = 200;
    /** Partner logins per provider; the first records of each pool belong to them. */
    public static final int LARGE_PARTNER_LOGINS = 1_000;
    public static final int SMALL_PARTNER_LOGINS = 150;
    public static final int COORDINATORS = 300;
    /**
     * Sessions coming up in the large provider, one per weekday from a week ahead; every partner login has an offer
     * waiting on {@link #OFFERS_PER_LOGIN} of them (on different days, so accepting never clashes), and each session
     * has places for all its offers.
     */
    public static final int SESSIONS = 60;
    public static final int OFFERS_PER_LOGIN = 3;
    /**
     * Partner logins of the large provider after the first {@link #LARGE_PARTNER_LOGINS} with payment claims (DD037):
     * each attended {@link #CLAIM_SESSIONS} completed sessions and has a draft claim for the first
     * {@link #DRAFTS_PER_LOGIN} of them and a submitted one for the rest, which coordinators approve.
     */
    public static final int CLAIM_LOGINS = 200;
    public static final int CLAIM_SESSIONS = 6;
    public static final int DRAFTS_PER_LOGIN = 3;

    private static final String[] FIRST = {"Alex", "Bea", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon",
            "Kim", "Lee", "Mo", "Ned", "Ola", "Pat", "Raj", "Sue", "Tam", "Val"};
    private static final String[] LAST = {"Adams", "Brown", "Cole", "Dunn", "Ellis", "Ford", "Gray", "Hart", "Ince",
            "Jay", "Khan", "Lamb", "Moss", "Nash", "Orr", "Pike", "Rose", "Shaw", "Todd", "Wong"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "RESTING", "APPLICANT", "LEFT"};
    private static final String[] KIND = {"SERVICE_USER", "CARER", "BOTH"};
    private static final String[] PARTS = {"MORNING", "AFTERNOON", "EVENING"};
    private static final String[] ACTIVITY_TYPES = {"Admissions and interviews", "Teaching delivery",
            "Assessment (e.g. OSCE)", "Advisory group", "Research"};
    private static final String[] CATEGORIES = {"Mental health services", "Stroke survivor", "Parent carer",
            "Learning disability", "Long-term condition", "Physical disability"};
    private static final int BATCH = 1000;

    private final Connection db;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final LocalDate today = LocalDate.now();
    private String hash;

    private BenchmarkData(Connection db) {
        this.db = db;
    }

    /** The login e-mail of partner {@code n} (from 0) of a provider. */
    public static String partnerEmail(String provider, int n) {
        return "partner" + n + "@" + provider.toLowerCase() + ".example";
    }

    public static String coordinatorEmail(int n) {
        return "coordinator" + n + "@" + LARGE.toLowerCase() + ".example";
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:mysql://127.0.0.1:3306/involvement_load");
        try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "involvement"),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "involvement"))) {
            var data = new BenchmarkData(db);
            switch (args.length == 0 ? "" : args[0]) {
                case "reset" -> data.dropAllTables();
                case "seed" -> data.seed();
                default -> throw new IllegalArgumentException("usage: BenchmarkData reset|seed");
            }
        }
    }

    private void dropAllTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rs = db.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = database()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("set foreign_key_checks = 0");
            for (String table : tables) {
                s.execute("drop table `" + table + "`");
            }
            s.execute("set foreign_key_checks = 1");
        }
        System.out.println("Dropped " + tables.size() + " tables");
    }

    private void seed() throws SQLException {
        if (scalar("select count(*) from provider where short_code = '" + LARGE + "'") > 0) {
            System.out.println("Benchmark data already there");
            return;
        }
        long started = System.nanoTime();
        hash = "{argon2id}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        db.setAutoCommit(false);
        long large = provider("Load Benchmark University", LARGE);
        long small = provider("Load Benchmark College", SMALL);
        pool(large, LARGE, LARGE_PARTNERS, LARGE_PARTNER_LOGINS + CLAIM_LOGINS);
        pool(small, SMALL, SMALL_PARTNERS, SMALL_PARTNER_LOGINS);
        sessions(large, LARGE_PARTNER_LOGINS);
        claims(large);
        List<Object[]> coordinators = new ArrayList<>();
        for (int i = 0; i < COORDINATORS; i++) {
            coordinators.add(new Object[] {coordinatorEmail(i), "Coordinator " + i});
        }
        List<Long> coordinatorIds = accounts(coordinators);
        memberships(large, coordinatorIds, "COORDINATOR");
        batch("insert into second_factor (version, user_id, secret, last_used_step, failed_count, enrolled_at)"
                + " values (0, ?, ?, 0, 0, ?)", coordinatorIds.stream().map(id -> new Object[] {id, TOTP_SECRET, now}).toList());
        db.commit();
        System.out.printf("Seeded %d + %d partners, %d + %d partner logins, %d coordinators, %d sessions with %d offers"
                + " waiting, %d claims in %d ms%n", LARGE_PARTNERS, SMALL_PARTNERS, LARGE_PARTNER_LOGINS + CLAIM_LOGINS,
                SMALL_PARTNER_LOGINS, COORDINATORS, SESSIONS, LARGE_PARTNER_LOGINS * OFFERS_PER_LOGIN,
                CLAIM_LOGINS * CLAIM_SESSIONS, (System.nanoTime() - started) / 1_000_000);
    }

    private long provider(String name, String code) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("insert into provider (version, name, short_code, contact_name,"
                + " contact_email, created_at) values (0, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, code);
            ps.setString(3, name);
            ps.setString(4, "involvement@" + code.toLowerCase() + ".example");
            ps.setTimestamp(5, now);
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                for (String type : ACTIVITY_TYPES) {
                    update("insert into activity_type (version, tenant_id, name, area) values (0, ?, ?, 'LEARNER_FACING')",
                            id, type);
                }
                for (String category : CATEGORIES) {
                    update("insert into experience_category (version, tenant_id, name) values (0, ?, ?)", id, category);
                }
                return id;
            }
        }
    }

    private void pool(long tenant, String code, int count, int logins) throws SQLException {
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            people.add(new Object[] {partnerEmail(code, i), FIRST[i % FIRST.length] + " " + (i + 1)});
        }
        List<Long> users = accounts(people);
        memberships(tenant, users, "PARTNER");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean consent = i % 2 == 0;
            rows.add(new Object[] {tenant, i < logins ? users.get(i) : null, FIRST[i % FIRST.length] + " " + (i + 1),
                    FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length],
                    i < logins ? partnerEmail(code, i) : "pool" + i + "@" + code.toLowerCase() + ".example",
                    KIND[i % KIND.length], i < logins ? "ACTIVE" : STATUS[i % STATUS.length],
                    Date.valueOf(today.minusDays(i % 400)), "EMAIL", "FEE",
                    consent ? "experience-consent-v1" : null, consent ? "Benchmark consent" : null, consent ? now : null,
                    i % 7 == 0 ? null : Date.valueOf(today.minusDays(i % 730)), now});
        }
        batch("insert into partner (version, tenant_id, user_id, preferred_name, full_name, email, kind, status,"
                + " status_since, contact_preference, payment_choice, consent_version, consent_text, consent_given_at,"
                + " last_involved_on, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        // The pool's name search reads these normalised columns (DD019); the seeded names are plain ASCII.
        update("update partner set search_name = lower(preferred_name), search_full_name = lower(full_name),"
                + " search_surname = lower(substring_index(full_name, ' ', -1)) where tenant_id = " + tenant);
        List<Long> ids = ids("select id from partner where tenant_id = " + tenant + " order by id");
        List<Long> types = ids("select id from activity_type where tenant_id = " + tenant + " order by id");
        List<Long> categories = ids("select id from experience_category where tenant_id = " + tenant + " order by id");
        List<Object[]> interests = new ArrayList<>();
        List<Object[]> experiences = new ArrayList<>();
        List<Object[]> weekly = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            interests.add(new Object[] {tenant, ids.get(i), types.get(i % types.size())});
            if (i % 2 == 0) {
                experiences.add(new Object[] {tenant, ids.get(i), categories.get(i % categories.size())});
            }
            for (int slot = 0; slot < 4; slot++) {
                int day = 1 + (i + slot * 2) % 5;
                weekly.add(new Object[] {tenant, ids.get(i), day, PARTS[(i + slot) % PARTS.length]});
            }
        }
        batch("insert into partner_interest (version, tenant_id, partner_id, activity_type_id) values (0, ?, ?, ?)", interests);
        batch("insert into partner_experience (version, tenant_id, partner_id, category_id) values (0, ?, ?, ?)", experiences);
        batch("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day)"
                + " values (0, ?, ?, ?, ?)", weekly);
    }

    /**
     * A programme, {@link #SESSIONS} planned sessions (no declarations needed, first come first served) and offers
     * waiting for the first {@code logins} partners, valid for 13 days: re-seed (run without SKIP_SEED) after that or
     * once the offers are used up ({@link #OFFERS_PER_LOGIN} runs of every login).
     */
    private void sessions(long tenant, int logins) throws SQLException {
        update("insert into programme (version, tenant_id, name, profession, level, created_at)"
                + " values (0, ?, 'BSc (Hons) Physiotherapy', 'PHYSIOTHERAPISTS', 'Undergraduate', ?)", tenant, now);
        long programme = scalar("select id from programme where tenant_id = " + tenant);
        long type = scalar("select min(id) from activity_type where tenant_id = " + tenant);
        int perSession = logins * OFFERS_PER_LOGIN / SESSIONS;
        List<Object[]> rows = new ArrayList<>();
        LocalDate day = today.plusDays(7);
        for (int i = 0; i < SESSIONS; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            rows.add(new Object[] {tenant, programme, type, "Interview day " + (i + 1),
                    "Sit on an interview panel and ask applicants one question.", Date.valueOf(day),
                    "Room 1.05, Allied Health Building", Math.max(1, perSession / 2), Math.min(50, perSession)});
            day = day.plusDays(1);
        }
        batch("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title, description,"
                + " held_on, start_time, end_time, place, places_minimum, places_target, level, kind, experience_required,"
                + " confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours, reminder_days, status,"
                + " ics_sequence) values (0, ?, ?, ?, ?, ?, ?, '10:00:00', '12:00:00', ?, ?, ?, 'INVOLVED', 'INVOLVEMENT',"
                + " false, false, false, 'FIRST_COME', 336, 2, 'PLANNED', 0)", rows);
        List<Long> sessions = ids("select id from involvement_session where tenant_id = " + tenant + " order by id");
        List<Long> partners = ids("select id from partner where tenant_id = " + tenant + " and user_id is not null"
                + " order by id limit " + logins);
        Timestamp expires = Timestamp.from(now.toInstant().plus(java.time.Duration.ofDays(13)));
        List<Object[]> offers = new ArrayList<>();
        int groups = SESSIONS / OFFERS_PER_LOGIN;
        for (int i = 0; i < partners.size(); i++) {
            for (int k = 0; k < OFFERS_PER_LOGIN; k++) {
                offers.add(new Object[] {tenant, sessions.get(k * groups + i % groups), partners.get(i), now, expires});
            }
        }
        batch("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at, expires_at)"
                + " values (0, ?, ?, ?, 'OFFERED', ?, ?)", offers);
    }

    /**
     * A rate card in force for a year (interviews £75 a half day, the other types £20 an hour), {@link #CLAIM_SESSIONS}
     * interview days completed in the last weeks with the claim logins attending, and their claims: drafts with the
     * fee chosen, to send, and claims they sent last week, for coordinators to approve.
     */
    private void claims(long tenant) throws SQLException {
        update("insert into rate_card (version, tenant_id, effective_from, mileage_pence_per_mile, online_allowance_pence,"
                + " updated_by) values (0, ?, ?, 45, 500, 'load')", tenant, Date.valueOf(today.minusYears(1)));
        long card = scalar("select max(id) from rate_card where tenant_id = " + tenant);
        List<Long> types = ids("select id from activity_type where tenant_id = " + tenant + " order by id");
        for (int t = 0; t < types.size(); t++) {
            update("insert into rate_card_fee (version, tenant_id, rate_card_id, activity_type_id, basis, amount_pence,"
                    + " day_pence, preparation_pence) values (0, ?, ?, ?, ?, ?, ?, 0)", tenant, card, types.get(t),
                    t == 0 ? "HALF_OR_WHOLE_DAY" : "PER_HOUR", t == 0 ? 7500 : 2000, t == 0 ? 15000 : null);
        }
        long programme = scalar("select id from programme where tenant_id = " + tenant);
        List<Object[]> sessions = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.minusDays(10);
        for (int i = 0; i < CLAIM_SESSIONS; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.minusDays(1);
            }
            days.add(day);
            sessions.add(new Object[] {tenant, programme, types.get(0), "Claimed interview day " + (i + 1),
                    "Sit on an interview panel and ask applicants one question.", Date.valueOf(day),
                    "Room 1.05, Allied Health Building", Timestamp.valueOf(day.atTime(18, 0))});
            day = day.minusDays(3);
        }
        batch("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title, description,"
                + " held_on, start_time, end_time, place, places_minimum, places_target, level, kind, experience_required,"
                + " confidentiality_needed, conflict_check_needed, offer_mode, offer_valid_hours, reminder_days, status,"
                + " ics_sequence, completed_at) values (0, ?, ?, ?, ?, ?, ?, '10:00:00', '12:00:00', ?, 1, " + CLAIM_LOGINS
                + ", 'INVOLVED', 'INVOLVEMENT', false, false, false, 'FIRST_COME', 336, 2, 'COMPLETED', 0, ?)", sessions);
        List<Long> sessionIds = ids("select id from involvement_session where tenant_id = " + tenant
                + " and status = 'COMPLETED' order by id");
        List<Long> partners = ids("select id from partner where tenant_id = " + tenant + " and user_id is not null"
                + " order by id limit " + CLAIM_LOGINS + " offset " + LARGE_PARTNER_LOGINS);
        List<Object[]> offers = new ArrayList<>();
        List<Object[]> claims = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            String email = partnerEmail(LARGE, LARGE_PARTNER_LOGINS + i);
            for (int k = 0; k < CLAIM_SESSIONS; k++) {
                LocalDate held = days.get(k);
                Timestamp opened = Timestamp.valueOf(held.atTime(18, 0));
                Timestamp sent = k < DRAFTS_PER_LOGIN ? null : Timestamp.valueOf(held.plusDays(2).atTime(10, 0));
                offers.add(new Object[] {tenant, sessionIds.get(k), partners.get(i),
                        Timestamp.valueOf(held.minusDays(14).atTime(11, 0))});
                claims.add(new Object[] {tenant, partners.get(i), sessionIds.get(k), "Claimed interview day " + (k + 1),
                        Date.valueOf(held), types.get(0), card, k < DRAFTS_PER_LOGIN ? "DRAFT" : "SUBMITTED", opened,
                        sent, sent, sent == null ? null : email});
            }
        }
        batch("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at, attendance)"
                + " values (0, ?, ?, ?, 'CONFIRMED', ?, 'ATTENDED')", offers);
        batch("insert into payment_claim (version, tenant_id, partner_id, session_id, session_title, held_on,"
                + " activity_type_id, duration_minutes, online_only, route, rate_card_id, fee_pence, voucher_pence,"
                + " expenses_pence, status, created_at, declared_at, submitted_at, submitted_by) values (0, ?, ?, ?, ?, ?,"
                + " ?, 120, false, 'FEE', ?, 7500, 0, 0, ?, ?, ?, ?, ?)", claims);
    }

    private List<Long> accounts(List<Object[]> emailAndName) throws SQLException {
        batch("insert into user_account (version, email, display_name, password_hash, failed_login_count, created_at)"
                + " values (0, ?, ?, '" + hash + "', 0, '" + now + "')", emailAndName);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id from user_account where email = ?")) {
            for (Object[] row : emailAndName) {
                ps.setString(1, (String) row[0]);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void memberships(long tenant, List<Long> users, String role) throws SQLException {
        batch("insert into membership (version, tenant_id, user_id, role, created_at) values (0, ?, ?, ?, ?)",
                users.stream().map(u -> new Object[] {tenant, u, role, now}).toList());
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, row[c]);
                }
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        batch(sql, List.<Object[]>of(values));
    }

    private long scalar(String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
