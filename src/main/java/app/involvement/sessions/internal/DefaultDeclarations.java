package app.involvement.sessions.internal;

import app.involvement.sessions.ConflictDeclared;
import app.involvement.sessions.Declaration;
import app.involvement.sessions.Declarations;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Declarations before a session (DD029): only the partner holding a confirmed place declares; a conflict alerts. */
@Service
@Transactional
@PreAuthorize("hasRole('PARTNER')")
class DefaultDeclarations implements Declarations {

    private final OwnPlaces places;
    private final SessionDeclarationRepository declarations;
    private final InvolvementSessionRepository sessions;
    private final NamedParameterJdbcTemplate jdbc;
    private final SessionAudit audit;
    private final Clock clock;

    DefaultDeclarations(OwnPlaces places, SessionDeclarationRepository declarations,
            InvolvementSessionRepository sessions, NamedParameterJdbcTemplate jdbc, SessionAudit audit, Clock clock) {
        this.places = places;
        this.declarations = declarations;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void declare(Long offerId, boolean confidentiality, boolean conflict, String conflictDetails) {
        String details = conflictDetails == null || conflictDetails.isBlank() ? null : conflictDetails.trim();
        if (details != null && details.length() > SessionLimits.DECLARATION_DETAILS) {
            throw new BusinessRuleException("field.too-long", SessionLimits.DECLARATION_DETAILS);
        }
        var place = places.of(offerId);
        var session = place.session();
        if (place.offer().getStatus() != OfferStatus.CONFIRMED) {
            throw new BusinessRuleException("my-sessions.declare.place-needed");
        }
        if (session.getStatus() != SessionStatus.PLANNED || session.getHeldOn().isBefore(places.today())) {
            throw new BusinessRuleException("my-sessions.declare.session-over");
        }
        if (session.isConfidentialityNeeded() && !confidentiality) {
            throw new BusinessRuleException("my-sessions.declare.confidentiality-required");
        }
        if (conflict && details == null) {
            throw new BusinessRuleException("my-sessions.declare.details-required");
        }
        var declaration = declarations.findBySessionIdAndPartnerId(session.getId(), place.partnerId())
                .orElseGet(() -> new SessionDeclaration(session.getId(), place.partnerId()));
        boolean alert = declaration.declare(confidentiality, conflict, conflict ? details : null, clock.instant());
        declarations.save(declaration);
        audit.record("DECLARATION_MADE", "session " + session.getId(),
                "partner " + place.partnerId() + "; confidentiality " + (confidentiality ? "confirmed" : "not confirmed")
                        + "; conflict " + (conflict ? "declared" : "none"));
        if (alert) {
            audit.publish(new ConflictDeclared(TenantContext.require(), session.getId(), place.partnerId()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Declaration> mine(Long offerId) {
        var offer = places.offer(offerId);
        return declarations.findBySessionIdAndPartnerId(offer.getSessionId(), offer.getPartnerId())
                .map(d -> new Declaration(d.getSessionId(), d.getPartnerId(), null, d.getConfidentialityConfirmedAt(),
                        d.isConflict(), d.getConflictDetails(), d.getDeclaredAt()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public List<Declaration> forSession(Long sessionId) {
        if (sessionId == null || sessions.findById(sessionId).isEmpty()) {
            throw audit.refused("session " + sessionId);
        }
        String sql = "select d.session_id, d.partner_id, p.preferred_name, d.confidentiality_confirmed_at, d.conflict,"
                + " d.conflict_details, d.declared_at from session_declaration d"
                + " join partner p on p.tenant_id = d.tenant_id and p.id = d.partner_id"
                + " where d.tenant_id = :tenant and d.session_id = :session"
                + " order by case when d.conflict then 0 else 1 end, p.preferred_name, d.id limit :limit";
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require()).addValue("session", sessionId)
                .addValue("limit", SessionLimits.PAGE_SIZE_MAX);
        return jdbc.query(sql, parameters, (rs, row) -> new Declaration(rs.getLong("session_id"),
                rs.getLong("partner_id"), rs.getString("preferred_name"),
                MySessionQueries.instant(rs, "confidentiality_confirmed_at"), rs.getBoolean("conflict"),
                rs.getString("conflict_details"), MySessionQueries.instant(rs, "declared_at")));
    }
}
