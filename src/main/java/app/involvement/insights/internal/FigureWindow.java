package app.involvement.insights.internal;

import app.involvement.insights.PitfallLimits;
import app.involvement.shared.UkFormats;
import java.time.Clock;
import java.time.LocalDate;

/** Today in UK time and the 12 months up to it (both ends included) that the indicators look back over. */
record FigureWindow(LocalDate from, LocalDate today) {

    static FigureWindow lastTwelveMonths(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        return new FigureWindow(today.minusMonths(PitfallLimits.LOOK_BACK_MONTHS).plusDays(1), today);
    }
}
