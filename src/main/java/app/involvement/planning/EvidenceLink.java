package app.involvement.planning;

/**
 * Something in the portal a quality activity can point to as its evidence.
 *
 * @param path the portal address (for example {@code policies/12})
 * @param kind what it is
 * @param name the policy's, objective's or programme's name; empty for a whole page
 */
public record EvidenceLink(String path, Kind kind, String name) {

    public enum Kind {
        STRATEGY,
        OBJECTIVE,
        POLICIES,
        POLICY,
        PROGRAMME
    }
}
