package app.involvement.sessions.internal;

import app.involvement.sessions.Offers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires offers nobody answered in time, every quarter of an hour, on one app instance at a time (ShedLock); a
 * backup's unanswered offer of a freed place moves on to the next backup (DD027).
 */
@Component
class OfferExpiry {

    private final Offers offers;

    OfferExpiry(Offers offers) {
        this.offers = offers;
    }

    @Scheduled(cron = "${involvement.sessions.offer-expiry-cron:0 */15 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "session-offer-expiry", lockAtMostFor = "PT10M")
    public void expireDue() {
        offers.expireDue();
    }
}
