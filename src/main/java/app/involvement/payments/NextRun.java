package app.involvement.payments;

/**
 * For finance's home: the open run waiting to be exported (null when none), and the authorised claims in no run yet
 * that the next run would pay.
 */
public record NextRun(Long openRunId, long readyCount, long readyPence) {
}
