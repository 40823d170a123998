package app.involvement.planning.internal;

import app.involvement.planning.PlanningFigures;
import app.involvement.planning.ReferralStatus;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planning figures for the pitfall indicators and insights: each one aggregate query. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
class DefaultPlanningFigures implements PlanningFigures {

    private final StrategyRepository strategies;
    private final ReferralRepository referrals;
    private final Clock clock;

    DefaultPlanningFigures(StrategyRepository strategies, ReferralRepository referrals, Clock clock) {
        this.strategies = strategies;
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public boolean hasStrategyInForce() {
        return strategies.existsInForceOn(today());
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public long objectivesInForce() {
        return strategies.countObjectivesInForceOn(today());
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'REVIEWER')")
    public long openInvolvementReferrals() {
        return referrals.countByStatusAndAboutInvolvementTrue(ReferralStatus.OPEN);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK_TIME));
    }
}
