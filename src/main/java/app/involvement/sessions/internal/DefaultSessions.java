package app.involvement.sessions.internal;

import app.involvement.provider.Programmes;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionCancelled;
import app.involvement.sessions.SessionChanged;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionRow;
import app.involvement.sessions.SessionStatus;
import app.involvement.sessions.Sessions;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans sessions (DD027). Lists are native SQL, one query per page, filtered by the current tenant explicitly. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultSessions implements Sessions {

    private static final Set<OfferStatus> OPEN = Set.of(OfferStatus.OFFERED, OfferStatus.ACCEPTED,
            OfferStatus.CONFIRMED, OfferStatus.BACKUP);
    private static final String ROW = "select s.id, s.title, p.name as programme_name, t.name as type_name, s.held_on,"
            + " s.start_time, s.end_time, s.places_minimum, s.places_target, s.status,"
            + " (select count(*) from session_offer o where o.tenant_id = s.tenant_id and o.session_id = s.id"
            + " and o.status = 'CONFIRMED') as confirmed,"
            + " (select count(*) from session_offer o where o.tenant_id = s.tenant_id and o.session_id = s.id"
            + " and o.status in ('OFFERED', 'ACCEPTED')) as open_offers"
            + " from involvement_session s"
            + " join programme p on p.tenant_id = s.tenant_id and p.id = s.programme_id"
            + " join activity_type t on t.tenant_id = s.tenant_id and t.id = s.activity_type_id"
            + " where s.tenant_id = :tenant";
    private static final String ORDER = " order by s.held_on, s.start_time, s.id limit :limit offset :offset";

    private final InvolvementSessionRepository sessions;
    private final SessionExperienceRepository experience;
    private final SessionOfferRepository offers;
    private final Programmes programmes;
    private final ReferenceData referenceData;
    private final NamedParameterJdbcTemplate jdbc;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultSessions(InvolvementSessionRepository sessions, SessionExperienceRepository experience,
            SessionOfferRepository offers, Programmes programmes, ReferenceData referenceData,
            NamedParameterJdbcTemplate jdbc, SessionAudit audit, Clock clock) {
        this.sessions = sessions;
        this.experience = experience;
        this.offers = offers;
        this.programmes = programmes;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Long create(SessionInput input) {
        var clean = SessionRules.clean(input, today());
        checkReferences(clean);
        var session = sessions.save(new InvolvementSession(clean, audit.actor()));
        clean.wantedCategoryIds().forEach(c -> experience.save(new SessionExperience(session.getId(), c)));
        audit.record("SESSION_CREATED", "session " + session.getId(), clean.title() + " on " + clean.heldOn());
        return session.getId();
    }

    @Override
    public void update(Long sessionId, SessionInput input) {
        var session = planned(sessionId);
        var clean = SessionRules.clean(input, today());
        checkReferences(clean);
        long confirmed = offers.countBySessionIdAndStatus(sessionId, OfferStatus.CONFIRMED);
        if (clean.placesTarget() < confirmed) {
            throw new BusinessRuleException("session.target-below-confirmed", confirmed);
        }
        boolean partnersAffected = session.apply(clean);
        var wanted = experience.findBySessionId(sessionId).stream().map(SessionExperience::getCategoryId)
                .collect(Collectors.toSet());
        if (!wanted.equals(clean.wantedCategoryIds())) {
            experience.deleteBySessionId(sessionId);
            experience.flush();
            clean.wantedCategoryIds().forEach(c -> experience.save(new SessionExperience(sessionId, c)));
        }
        audit.record("SESSION_CHANGED", "session " + sessionId, partnersAffected ? "partners told" : null);
        if (partnersAffected) {
            audit.publish(new SessionChanged(TenantContext.require(), sessionId));
        }
    }

    @Override
    public void cancel(Long sessionId) {
        var session = planned(sessionId);
        List<Long> told = offers.findBySessionIdAndStatusIn(sessionId, OPEN).stream()
                .peek(SessionOffer::retract).map(SessionOffer::getPartnerId).toList();
        session.cancel();
        audit.record("SESSION_CANCELLED", "session " + sessionId, told.size() + " partners told");
        audit.publish(new SessionCancelled(TenantContext.require(), sessionId, told));
    }

    @Override
    @Transactional(readOnly = true)
    public SessionDetails details(Long sessionId) {
        var s = session(sessionId);
        String programme = programmes.find(s.getProgrammeId()).map(p -> p.name()).orElse("");
        String type = referenceData.activityTypes().stream().filter(t -> t.id().equals(s.getActivityTypeId()))
                .map(ReferenceItem::name).findFirst().orElse("");
        Set<Long> wanted = experience.findBySessionId(sessionId).stream().map(SessionExperience::getCategoryId)
                .collect(Collectors.toSet());
        return new SessionDetails(s.getId(), s.getProgrammeId(), programme, s.getActivityTypeId(), type, s.getTitle(),
                s.getDescription(), s.getHeldOn(), s.getStartTime(), s.getEndTime(), s.getPlace(), s.getOnlineLink(),
                s.getPlacesMinimum(), s.getPlacesTarget(), s.getLevel(), s.getKind(), wanted,
                s.isExperienceRequired(), s.getPreparation(), s.getPreparationLink(), s.getWellbeingNotes(),
                s.getPaymentNote(), s.isConfidentialityNeeded(), s.isConflictCheckNeeded(), s.getOfferMode(),
                s.getOfferValidHours(), s.getReminderDays(), s.getStatus(), s.getIcsSequence(),
                offers.countBySessionIdAndStatus(sessionId, OfferStatus.CONFIRMED));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionRow> list(LocalDate from, Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), SessionLimits.PAGE_SIZE_MAX);
        var parameters = parameters(from).addValue("limit", size).addValue("offset", (long) pageable.getPageNumber() * size);
        return rows(ROW + (from == null ? "" : " and s.held_on >= :from") + ORDER, parameters);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(LocalDate from) {
        Long count = jdbc.queryForObject("select count(*) from involvement_session s where s.tenant_id = :tenant"
                + (from == null ? "" : " and s.held_on >= :from"), parameters(from), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionRow> belowMinimum(int limit) {
        String sql = ROW + " and s.status = 'PLANNED' and s.held_on >= :from and s.places_minimum > (select count(*)"
                + " from session_offer o where o.tenant_id = s.tenant_id and o.session_id = s.id"
                + " and o.status = 'CONFIRMED')" + ORDER;
        return rows(sql, parameters(today()).addValue("limit", Math.min(limit, SessionLimits.PAGE_SIZE_MAX))
                .addValue("offset", 0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionRow> thisWeek(int limit) {
        String sql = ROW + " and s.status = 'PLANNED' and s.held_on >= :from and s.held_on < :until" + ORDER;
        return rows(sql, parameters(today()).addValue("until", Date.valueOf(today().plusDays(7)))
                .addValue("limit", Math.min(limit, SessionLimits.PAGE_SIZE_MAX)).addValue("offset", 0));
    }

    private List<SessionRow> rows(String sql, MapSqlParameterSource parameters) {
        return jdbc.query(sql, parameters, (rs, row) -> new SessionRow(rs.getLong("id"), rs.getString("title"),
                rs.getString("programme_name"), rs.getString("type_name"), rs.getDate("held_on").toLocalDate(),
                rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(),
                rs.getInt("places_minimum"), rs.getInt("places_target"), SessionStatus.valueOf(rs.getString("status")),
                rs.getLong("confirmed"), rs.getLong("open_offers")));
    }

    private static MapSqlParameterSource parameters(LocalDate from) {
        return new MapSqlParameterSource().addValue("tenant", TenantContext.require())
                .addValue("from", from == null ? null : Date.valueOf(from));
    }

    private void checkReferences(SessionInput input) {
        if (programmes.find(input.programmeId()).isEmpty()) {
            throw audit.refused("programme " + input.programmeId());
        }
        if (referenceData.existingActivityTypes(Set.of(input.activityTypeId())).isEmpty()) {
            throw audit.refused("activity type " + input.activityTypeId());
        }
        var unknown = new HashSet<>(input.wantedCategoryIds());
        unknown.removeAll(referenceData.existingExperienceCategories(input.wantedCategoryIds()));
        if (!unknown.isEmpty()) {
            throw audit.refused("experience categories " + unknown);
        }
    }

    private InvolvementSession session(Long sessionId) {
        return sessions.held(sessionId, audit);
    }

    private InvolvementSession planned(Long sessionId) {
        return sessions.planned(sessionId, audit);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
