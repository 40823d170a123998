package app.involvement.insights;

import java.util.List;

/**
 * One pitfall as it stands: whether it fired and why, as a bundle key with its arguments (numbers and programme
 * names) so the page and the evidence pack tell it in the reader's language.
 */
public record PitfallIndicator(Pitfall pitfall, PitfallState state, String reasonKey, List<Object> arguments) {

    public PitfallIndicator {
        arguments = List.copyOf(arguments);
    }

    public boolean fired() {
        return state == PitfallState.FIRED;
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
