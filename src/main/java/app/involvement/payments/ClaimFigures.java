package app.involvement.payments;

import app.involvement.provider.ActivityArea;
import java.time.LocalDate;

/** Aggregate claim turnaround for the insights dashboard (DD040). */
public interface ClaimFigures {

    /**
     * Days from submitting to paying claims paid from {@code from} to {@code to} (both days included), optionally for
     * one programme and one area; claims for simulation re-use are left out like every involvement figure. The
     * percentiles are nearest-rank: the smallest number of days that at least half (nine tenths) of the claims took.
     */
    Turnaround turnaround(LocalDate from, LocalDate to, Long programmeId, ActivityArea area);

    record Turnaround(long claimsPaid, Long medianDays, Long ninetiethPercentileDays) {
    }
}
