package app.involvement.sessions.internal;

import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the signed-in partner's own offer and its session; another partner's or provider's id is refused. */
@Component
class OwnPlaces {

    record Place(Long partnerId, SessionOffer offer, InvolvementSession session) {
    }

    private final MyProfile myProfile;
    private final SessionOfferRepository offers;
    private final InvolvementSessionRepository sessions;
    private final SessionAudit audit;
    private final Clock clock;

    OwnPlaces(MyProfile myProfile, SessionOfferRepository offers, InvolvementSessionRepository sessions,
            SessionAudit audit, Clock clock) {
        this.myProfile = myProfile;
        this.offers = offers;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partner's own offer with its session. */
    Place of(Long offerId) {
        var offer = offer(offerId);
        var session = sessions.findById(offer.getSessionId()).orElseThrow(() -> audit.refused("offer " + offerId));
        return new Place(offer.getPartnerId(), offer, session);
    }

    /** The partner's own offer only (two small reads), for pages that just need its session id. */
    SessionOffer offer(Long offerId) {
        Long partner = myProfile.id().orElseThrow(() -> new BusinessRuleException("my-sessions.no-profile"));
        return Optional.ofNullable(offerId).flatMap(offers::findById)
                .filter(o -> o.getPartnerId().equals(partner))
                .orElseThrow(() -> audit.refused("offer " + offerId));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
