package app.involvement.planning;

import java.util.List;

/** A policy with every version, newest first. */
public record PolicyDetails(Long id, String title, PolicyKind kind, List<PolicyVersion> versions) {

    public PolicyDetails {
        versions = List.copyOf(versions);
    }
}
