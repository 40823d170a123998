package app.involvement.provider;

import java.util.List;

/** Programmes without a named involvement lead or coordinator, for the pitfall indicators (DD041). */
public interface ProgrammeFigures {

    /** At most {@code limit} programmes missing a named lead or coordinator (or both), by name. */
    List<ProgrammeGap> withoutNamedRoles(int limit);

    /** How many programmes miss a named lead or coordinator. */
    long countWithoutNamedRoles();

    record ProgrammeGap(Long id, String name, boolean noLead, boolean noCoordinator) {
    }
}
