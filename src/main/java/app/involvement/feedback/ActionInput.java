package app.involvement.feedback;

import java.time.LocalDate;

/**
 * What staff enter for an action: what was heard (no names: partners see it once the action is done), what will be
 * done, the owner's user id, the due day, the status and — required once done — what changed.
 */
public record ActionInput(String heard, String what, Long ownerUserId, LocalDate dueOn, ActionStatus status,
        String changed) {
}
