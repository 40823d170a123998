package app.involvement.pool;

import java.time.LocalDate;

/** Aggregate figures on the pool for the insights dashboard and the pitfall indicators (DD040). */
public interface PoolFigures {

    /** Partners added to the pool from {@code from} to {@code to} (both days included, UK time). */
    long joiners(LocalDate from, LocalDate to);

    /** Changes of status to {@link PartnerStatus#LEFT} dated in the period. */
    long leavers(LocalDate from, LocalDate to);

    /** Partners whose status is {@link PartnerStatus#ACTIVE} now. */
    long active();
}
