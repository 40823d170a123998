package app.involvement.availability;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Implemented by a later module (sessions) so "who is free" can leave out partners already committed elsewhere,
 * without availability depending on it (DD027). Optional: without an implementation nobody is busy.
 */
public interface Commitments {

    /** Of the partners given, those holding (or about to hold) a place at a time overlapping that part of the day. One query. */
    Set<Long> busy(LocalDate date, PartOfDay part, Collection<Long> partnerIds);
}
