package app.involvement.feedback.internal;

import app.involvement.feedback.ActionFilter;
import app.involvement.feedback.ActionRow;
import app.involvement.feedback.ActionStatus;
import app.involvement.feedback.FeedbackFigures.ActionCounts;
import app.involvement.feedback.FeedbackInvite;
import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.PartnerFeedbackRow;
import app.involvement.feedback.ToldBack;
import app.involvement.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's read model (DD039): native SQL over this module's tables and, read only, the sessions module's
 * {@code involvement_session} and {@code session_offer} and the pool's {@code partner} (as DD008 does for
 * availability). Native SQL is not tenant-filtered by Hibernate, so every table is filtered by the current
 * provider by name (DD001); the SQL is put together from constants only. Lists are bounded, figures aggregate.
 */
@Component
class EvaluationQueries {

    /** A session as evaluation needs it. */
    record Held(Long id, String title, LocalDate heldOn, String status, String kind) {

        boolean completed() {
            return "COMPLETED".equals(status);
        }

        boolean simulationReuse() {
            return "SIMULATION_REUSE".equals(kind);
        }
    }

    private static final String NOT_DONE = "a.status <> 'DONE'";

    private final NamedParameterJdbcTemplate jdbc;

    EvaluationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Held> session(Long sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return jdbc.query("select id, title, held_on, status, kind from involvement_session"
                + " where id = :id and tenant_id = :tenant", params().addValue("id", sessionId),
                (rs, n) -> new Held(rs.getLong("id"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("status"), rs.getString("kind"))).stream().findFirst();
    }

    /** The partner was marked attended on the session. */
    boolean attended(Long sessionId, Long partnerId) {
        Long n = jdbc.queryForObject("select count(*) from session_offer where tenant_id = :tenant"
                + " and session_id = :session and partner_id = :partner and attendance = 'ATTENDED'",
                params().addValue("session", sessionId).addValue("partner", partnerId), Long.class);
        return n != null && n > 0;
    }

    long attendedCount(Long sessionId) {
        Long n = jdbc.queryForObject("select count(*) from session_offer where tenant_id = :tenant"
                + " and session_id = :session and attendance = 'ATTENDED'", params().addValue("session", sessionId),
                Long.class);
        return n == null ? 0 : n;
    }

    /** Partners' feedback on a session with each partner's preferred name, lowest rating first (bounded). */
    List<PartnerFeedbackRow> partnerFeedback(Long sessionId) {
        return jdbc.query("select f.id, f.partner_id, p.preferred_name, f.rating, f.support_enough, f.would_again,"
                + " f.to_change, f.given_at from partner_feedback f join partner p on p.id = f.partner_id"
                + " and p.tenant_id = f.tenant_id where f.tenant_id = :tenant and f.session_id = :session"
                + " order by f.rating, f.given_at, f.id limit " + FeedbackLimits.SESSION_ENTRIES_MAX,
                params().addValue("session", sessionId),
                (rs, n) -> new PartnerFeedbackRow(rs.getLong("id"), rs.getLong("partner_id"),
                        rs.getString("preferred_name"), rs.getInt("rating"), rs.getBoolean("support_enough"),
                        rs.getBoolean("would_again"), rs.getString("to_change"), instant(rs, "given_at")));
    }

    /** Completed sessions held from {@code from} to {@code today} the partner attended and gave no feedback on. */
    List<FeedbackInvite> invites(Long partnerId, LocalDate from, LocalDate today) {
        return jdbc.query("select s.id, s.title, s.held_on from session_offer o join involvement_session s"
                + " on s.id = o.session_id and s.tenant_id = o.tenant_id where o.tenant_id = :tenant"
                + " and o.partner_id = :partner and o.attendance = 'ATTENDED' and s.status = 'COMPLETED'"
                + " and s.held_on between :from and :today and not exists (select 1 from partner_feedback f"
                + " where f.tenant_id = o.tenant_id and f.session_id = s.id and f.partner_id = o.partner_id)"
                + " order by s.held_on desc, s.id desc limit " + FeedbackLimits.HOME_SHOWN,
                params().addValue("partner", partnerId).addValue("from", from).addValue("today", today),
                (rs, n) -> new FeedbackInvite(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class)));
    }

    /** Actions done since the day given, newest first (bounded). */
    List<ToldBack> toldBack(LocalDate since) {
        return jdbc.query("select a.id, a.heard, a.changed, a.done_on from feedback_action a"
                + " where a.tenant_id = :tenant and a.status = 'DONE' and a.done_on >= :since"
                + " order by a.done_on desc, a.id desc limit " + FeedbackLimits.HOME_SHOWN,
                params().addValue("since", since),
                (rs, n) -> new ToldBack(rs.getLong("id"), rs.getString("heard"), rs.getString("changed"),
                        rs.getObject("done_on", LocalDate.class)));
    }

    /** One page of actions with the title of their session. */
    List<ActionRow> actions(ActionFilter filter, LocalDate today, int offset, int size) {
        String order = filter == ActionFilter.DONE ? " order by a.done_on desc, a.id desc"
                : filter == ActionFilter.ALL ? " order by case when a.status = 'DONE' then 1 else 0 end, a.due_on, a.id"
                : " order by a.due_on, a.id";
        return jdbc.query("select a.id, a.what, a.owner_name, a.due_on, a.status, a.session_id, s.title"
                + " from feedback_action a join involvement_session s on s.id = a.session_id"
                + " and s.tenant_id = a.tenant_id" + where(filter) + order + " limit :size offset :offset",
                params().addValue("today", today).addValue("size", size).addValue("offset", offset),
                (rs, n) -> row(rs, today));
    }

    long countActions(ActionFilter filter, LocalDate today) {
        Long n = jdbc.queryForObject("select count(*) from feedback_action a" + where(filter),
                params().addValue("today", today), Long.class);
        return n == null ? 0 : n;
    }

    /** Actions raised from one session (bounded). */
    List<ActionRow> actionsOf(Long sessionId, LocalDate today) {
        return jdbc.query("select a.id, a.what, a.owner_name, a.due_on, a.status, a.session_id, s.title"
                + " from feedback_action a join involvement_session s on s.id = a.session_id"
                + " and s.tenant_id = a.tenant_id where a.tenant_id = :tenant and a.session_id = :session"
                + " order by a.due_on, a.id limit " + FeedbackLimits.SESSION_ENTRIES_MAX,
                params().addValue("session", sessionId).addValue("today", today), (rs, n) -> row(rs, today));
    }

    /** Completed sessions in the period that count as involvement and have neither staff nor learners' feedback. */
    long completedWithoutEvaluation(LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject("select count(*) from involvement_session s where s.tenant_id = :tenant"
                + " and s.status = 'COMPLETED' and s.kind <> 'SIMULATION_REUSE' and s.held_on between :from and :to"
                + " and not exists (select 1 from staff_feedback f where f.tenant_id = s.tenant_id"
                + " and f.session_id = s.id) and not exists (select 1 from learner_feedback l"
                + " where l.tenant_id = s.tenant_id and l.session_id = s.id)",
                params().addValue("from", from).addValue("to", to), Long.class);
        return n == null ? 0 : n;
    }

    ActionCounts actionCounts(LocalDate today) {
        return jdbc.queryForObject("select coalesce(sum(case when " + NOT_DONE + " then 1 else 0 end), 0) open_count,"
                + " coalesce(sum(case when " + NOT_DONE + " and a.due_on < :today then 1 else 0 end), 0) overdue_count,"
                + " coalesce(sum(case when a.status = 'DONE' then 1 else 0 end), 0) done_count"
                + " from feedback_action a where a.tenant_id = :tenant", params().addValue("today", today),
                (rs, n) -> new ActionCounts(rs.getLong("open_count"), rs.getLong("overdue_count"),
                        rs.getLong("done_count")));
    }

    /**
     * Evaluation of the completed sessions counting as involvement held in a period, in one statement: sessions,
     * sessions with staff or learners' feedback; partners' feedback (entries, sum of ratings, support enough, would
     * do again); learners' responses, positive, neutral, negative; staff entries and their sum of ratings.
     */
    long[] summary(LocalDate from, LocalDate to) {
        String counted = " from involvement_session s where s.tenant_id = :tenant and s.status = 'COMPLETED'"
                + " and s.kind <> 'SIMULATION_REUSE' and s.held_on between :from and :to";
        return jdbc.queryForObject("select (select count(*)" + counted + ") sessions,"
                + " (select count(*)" + counted + " and (exists (select 1 from staff_feedback f where f.tenant_id ="
                + " s.tenant_id and f.session_id = s.id) or exists (select 1 from learner_feedback l where"
                + " l.tenant_id = s.tenant_id and l.session_id = s.id))) evaluated,"
                + " (select count(*) from partner_feedback p where p.tenant_id = :tenant and p.session_id in"
                + " (select s.id" + counted + ")) partner_entries,"
                + " (select coalesce(sum(p.rating), 0) from partner_feedback p where p.tenant_id = :tenant"
                + " and p.session_id in (select s.id" + counted + ")) partner_rating_sum,"
                + " (select coalesce(sum(case when p.support_enough then 1 else 0 end), 0) from partner_feedback p"
                + " where p.tenant_id = :tenant and p.session_id in (select s.id" + counted + ")) support_enough,"
                + " (select coalesce(sum(case when p.would_again then 1 else 0 end), 0) from partner_feedback p"
                + " where p.tenant_id = :tenant and p.session_id in (select s.id" + counted + ")) would_again,"
                + " (select coalesce(sum(l.responses), 0) from learner_feedback l where l.tenant_id = :tenant"
                + " and l.session_id in (select s.id" + counted + ")) learner_responses,"
                + " (select coalesce(sum(l.positive), 0) from learner_feedback l where l.tenant_id = :tenant"
                + " and l.session_id in (select s.id" + counted + ")) learner_positive,"
                + " (select coalesce(sum(l.neutral), 0) from learner_feedback l where l.tenant_id = :tenant"
                + " and l.session_id in (select s.id" + counted + ")) learner_neutral,"
                + " (select coalesce(sum(l.negative), 0) from learner_feedback l where l.tenant_id = :tenant"
                + " and l.session_id in (select s.id" + counted + ")) learner_negative,"
                + " (select count(*) from staff_feedback f where f.tenant_id = :tenant and f.session_id in"
                + " (select s.id" + counted + ")) staff_entries,"
                + " (select coalesce(sum(f.rating), 0) from staff_feedback f where f.tenant_id = :tenant"
                + " and f.session_id in (select s.id" + counted + ")) staff_rating_sum",
                params().addValue("from", from).addValue("to", to), (rs, n) -> {
                    long[] values = new long[12];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(i + 1);
                    }
                    return values;
                });
    }

    /** Actions for the reviewer: raised in the period, or not yet done; by due day (bounded). */
    List<Object[]> evidenceActions(LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.query("select a.what, a.owner_name, a.due_on, a.status, a.changed, a.done_on"
                + " from feedback_action a where a.tenant_id = :tenant and (" + NOT_DONE
                + " or (a.raised_at >= :fromAt and a.raised_at < :toAt)) order by a.due_on, a.id limit "
                + FeedbackLimits.EVIDENCE_ACTIONS_MAX,
                params().addValue("fromAt", LocalDateTime.of(from, java.time.LocalTime.MIDNIGHT))
                        .addValue("toAt", LocalDateTime.of(to.plusDays(1), java.time.LocalTime.MIDNIGHT))
                        .addValue("today", today),
                (rs, n) -> new Object[] {rs.getString("what"), rs.getString("owner_name"),
                        rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                        rs.getString("changed"), rs.getObject("done_on", LocalDate.class)});
    }

    private static String where(ActionFilter filter) {
        String where = " where a.tenant_id = :tenant";
        return switch (filter == null ? ActionFilter.ALL : filter) {
            case OPEN -> where + " and " + NOT_DONE;
            case OVERDUE -> where + " and " + NOT_DONE + " and a.due_on < :today";
            case DONE -> where + " and a.status = 'DONE'";
            case ALL -> where;
        };
    }

    private static ActionRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
        return new ActionRow(rs.getLong("id"), rs.getString("what"), rs.getString("owner_name"), due, status,
                status != ActionStatus.DONE && due.isBefore(today), rs.getLong("session_id"), rs.getString("title"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource("tenant", TenantContext.require());
    }
}
