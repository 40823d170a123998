package app.involvement.sessions.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generator for performance work (DD044), after {@code BulkDemoPartners}: with
 * {@code involvement.demo.bulk-sessions=S} and {@code involvement.demo.bulk-participations=P} (demo profile; both 0,
 * off, unless given) it adds to "Bulk Demo University" (code {@code BULK}) eight programmes, S completed sessions
 * over the past three years and P attended places on them, by JDBC batch inserts of {@value #BATCH} rows, each
 * batch in its own transaction (one commit per batch, not per row). The sessions cycle through the programmes,
 * activity types and levels; one in fifty develops a simulation and one in fifty re-uses one (no places). Places
 * are shared over the pool with a realistic lean: the first place of every session goes to one of the busiest 2 % of
 * partners. Mostly attended; one in twenty a no-show and one in thirty-three cancelled. Skipped when BULK does not
 * exist or already has bulk sessions. {@link #run(ApplicationArguments)} can be called by a benchmark directly.
 */
@Component
@Profile("demo & !mysql")
@Order(7)
public class BulkDemoSessions implements ApplicationRunner {

    static final String TITLE = "Bulk session ";
    private static final Logger LOG = LoggerFactory.getLogger(BulkDemoSessions.class);
    private static final int BATCH = 5000;
    private static final int PROGRAMMES = 8;
    private static final String[] PROFESSIONS = {"PHYSIOTHERAPISTS", "PARAMEDICS", "OCCUPATIONAL_THERAPISTS",
            "OPERATING_DEPARTMENT_PRACTITIONERS"};
    private static final String[] LEVELS = {"INFORMED", "CONSULTED", "INVOLVED", "CO_PRODUCED"};
    private static final int DAYS = 3 * 365;

    private final int sessionCount;
    private final int participationCount;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public BulkDemoSessions(@Value("${involvement.demo.bulk-sessions:0}") int sessionCount,
            @Value("${involvement.demo.bulk-participations:0}") int participationCount, JdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.sessionCount = sessionCount;
        this.participationCount = participationCount;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sessionCount <= 0) {
            return;
        }
        List<Long> found = jdbc.queryForList("select id from provider where short_code = 'BULK'", Long.class);
        if (found.isEmpty()) {
            return;
        }
        Long tenant = found.get(0);
        Long existing = jdbc.queryForObject("select count(*) from involvement_session where tenant_id = ?"
                + " and title like ?", Long.class, tenant, TITLE + "%");
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        List<Long> programmes = programmes(tenant);
        List<Long> types = jdbc.queryForList("select id from activity_type where tenant_id = ? order by id",
                Long.class, tenant);
        List<Long> partners = jdbc.queryForList("select id from partner where tenant_id = ? order by id", Long.class,
                tenant);
        if (types.isEmpty() || partners.size() < 10) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int perSession = (int) Math.ceil((double) participationCount / Math.max(1, sessionCount - sessionCount / 50));
        int target = Math.max(5, perSession);
        for (int from = 0; from < sessionCount; from += BATCH) {
            int first = from;
            int size = Math.min(BATCH, sessionCount - from);
            batch("insert into involvement_session (version, tenant_id, programme_id, activity_type_id, title,"
                    + " description, held_on, start_time, end_time, place, places_minimum, places_target, level, kind,"
                    + " experience_required, confidentiality_needed, conflict_check_needed, offer_mode,"
                    + " offer_valid_hours, reminder_days, status, ics_sequence, coordinator_email, completed_at)"
                    + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, false, false, false, 'FIRST_COME', 168, 2,"
                    + " 'COMPLETED', 0, 'coordinator@bulk.example', ?)", size, (ps, k) -> {
                        int i = first + k;
                        LocalDate on = heldOn(today, i);
                        LocalTime start = LocalTime.of(9 + i % 8, 0);
                        ps.setLong(1, tenant);
                        ps.setLong(2, programmes.get(i % programmes.size()));
                        ps.setLong(3, types.get((i / programmes.size()) % types.size()));
                        ps.setString(4, TITLE + (i + 1));
                        ps.setString(5, "Generated for performance work.");
                        ps.setDate(6, Date.valueOf(on));
                        ps.setTime(7, Time.valueOf(start));
                        ps.setTime(8, Time.valueOf(start.plusMinutes(60 + (i % 5) * 30L)));
                        ps.setString(9, "Room " + (1 + i % 40));
                        ps.setInt(10, target);
                        ps.setString(11, LEVELS[(i / 3) % LEVELS.length]);
                        ps.setString(12, kind(i));
                        ps.setTimestamp(13, Timestamp.from(on.atTime(18, 0).toInstant(ZoneOffset.UTC)));
                    });
        }
        List<Long> ids = jdbc.queryForList("select id from involvement_session where tenant_id = ? and title like ?"
                + " order by id", Long.class, tenant, TITLE + "%");
        List<long[]> places = places(ids, partners, today);
        for (int from = 0; from < places.size(); from += BATCH) {
            List<long[]> chunk = places.subList(from, Math.min(places.size(), from + BATCH));
            batch("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                    + " expires_at, responded_at, attendance) values (0, ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?)", chunk.size(),
                    (ps, k) -> {
                        long[] p = chunk.get(k);
                        LocalDate on = LocalDate.ofEpochDay(p[2]);
                        Timestamp offered = Timestamp.from(on.minusDays(14).atTime(11, 0).toInstant(ZoneOffset.UTC));
                        ps.setLong(1, tenant);
                        ps.setLong(2, p[0]);
                        ps.setLong(3, p[1]);
                        ps.setTimestamp(4, offered);
                        ps.setTimestamp(5, Timestamp.from(offered.toInstant().plusSeconds(7 * 86_400)));
                        ps.setTimestamp(6, Timestamp.from(offered.toInstant().plusSeconds(86_400)));
                        ps.setString(7, p[3] % 20 == 7 ? "NO_SHOW" : p[3] % 33 == 11 ? "CANCELLED" : "ATTENDED");
                    });
        }
        LOG.info("Bulk demo: {} sessions and {} places in provider BULK in {} ms", ids.size(), places.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Spread evenly over the past three years, the newest yesterday. */
    static LocalDate heldOn(LocalDate today, int i) {
        return today.minusDays(1 + (long) (i * 7919L % DAYS));
    }

    static String kind(int i) {
        return i % 50 == 0 ? "SIMULATION_REUSE" : i % 50 == 25 ? "SIMULATION_DEVELOPMENT" : "INVOLVEMENT";
    }

    /**
     * {session id, partner id, held on (epoch day), running number} for every place: as many per session as needed
     * to reach the total, none on a re-use; the first of each from the busiest 2 % of the pool, the rest spread.
     */
    private List<long[]> places(List<Long> ids, List<Long> partners, LocalDate today) {
        int eligible = (int) java.util.stream.IntStream.range(0, ids.size()).filter(i -> !kind(i).equals("SIMULATION_REUSE"))
                .count();
        if (eligible == 0 || participationCount <= 0) {
            return List.of();
        }
        int base = participationCount / eligible;
        int extra = participationCount % eligible;
        int busy = Math.max(1, partners.size() / 50);
        List<long[]> places = new ArrayList<>(participationCount);
        long n = 0;
        int ordinal = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (kind(i).equals("SIMULATION_REUSE")) {
                continue;
            }
            int count = Math.min(partners.size(), base + (ordinal++ < extra ? 1 : 0));
            long day = heldOn(today, i).toEpochDay();
            long[] chosen = new long[count];
            for (int j = 0; j < count; j++) {
                int index = j == 0 ? (int) ((i * 31L) % busy)
                        : (int) Math.floorMod(i * 7_919L + j * 104_729L, (long) partners.size());
                long partner = partners.get(index);
                while (contains(chosen, j, partner)) {
                    index = (index + 1) % partners.size();
                    partner = partners.get(index);
                }
                chosen[j] = partner;
                places.add(new long[] {ids.get(i), partner, day, n++});
            }
        }
        return places;
    }

    private static boolean contains(long[] chosen, int upTo, long partner) {
        for (int k = 0; k < upTo; k++) {
            if (chosen[k] == partner) {
                return true;
            }
        }
        return false;
    }

    /** Eight programmes for the sessions (the bulk provider has none of its own). */
    private List<Long> programmes(Long tenant) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int p = 1; p <= PROGRAMMES; p++) {
            String name = "Bulk programme " + p;
            Long exists = jdbc.queryForObject("select count(*) from programme where tenant_id = ? and name = ?",
                    Long.class, tenant, name);
            if (exists == null || exists == 0) {
                jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at)"
                        + " values (0, ?, ?, ?, 'Undergraduate', ?)", tenant, name, PROFESSIONS[p % PROFESSIONS.length],
                        now);
            }
        }
        return jdbc.queryForList("select id from programme where tenant_id = ? and name like 'Bulk programme %'"
                + " order by id", Long.class, tenant);
    }

    private interface Row {
        void set(PreparedStatement ps, int k) throws SQLException;
    }

    /** One batch of {@code size} rows, committed as one transaction. */
    private void batch(String sql, int size, Row row) {
        transactions.executeWithoutResult(tx -> jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int k) throws SQLException {
                row.set(ps, k);
            }

            @Override
            public int getBatchSize() {
                return size;
            }
        }));
    }
}
