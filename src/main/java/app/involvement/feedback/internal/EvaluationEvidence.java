package app.involvement.feedback.internal;

import app.involvement.feedback.ActionStatus;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's evidence of evaluation (SET 3.7 (d), DD039): a summary of feedback on the sessions held in the
 * review period (counts and shares only, no partner at all) and the actions raised from it — what, owner (staff),
 * due, status, what changed. Two statements whatever the data; simulation re-use never counts.
 */
@Component
class EvaluationEvidence implements EvidenceSource {

    static final String SUMMARY = "feedback-summary";
    static final String ACTIONS = "feedback-actions";

    private final EvaluationQueries queries;

    EvaluationEvidence(EvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.EVALUATION;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEAD')")
    @Transactional(readOnly = true)
    public List<EvidenceTable> tables(EvidenceRequest request) {
        var texts = new BundleTexts(request.language());
        return List.of(summary(texts, request.from(), request.to()), actions(texts, request));
    }

    private EvidenceTable summary(BundleTexts t, LocalDate from, LocalDate to) {
        long[] v = queries.summary(from, to);
        long sessions = v[0];
        long evaluated = v[1];
        long partners = v[2];
        long learners = v[6];
        long staff = v[10];
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("feedback.evidence.sessions"), t.number(sessions)));
        rows.add(List.of(t.get("feedback.evidence.evaluated"), count(t, evaluated, sessions)));
        rows.add(List.of(t.get("feedback.evidence.not-evaluated"), t.number(sessions - evaluated)));
        rows.add(List.of(t.get("feedback.evidence.partner-entries"), t.number(partners)));
        rows.add(List.of(t.get("feedback.evidence.partner-rating"), average(t, v[3], partners)));
        rows.add(List.of(t.get("feedback.evidence.support-enough"), share(t, v[4], partners)));
        rows.add(List.of(t.get("feedback.evidence.would-again"), share(t, v[5], partners)));
        rows.add(List.of(t.get("feedback.evidence.learner-responses"), t.number(learners)));
        rows.add(List.of(t.get("feedback.evidence.learner-positive"), share(t, v[7], learners)));
        rows.add(List.of(t.get("feedback.evidence.learner-neutral"), share(t, v[8], learners)));
        rows.add(List.of(t.get("feedback.evidence.learner-negative"), share(t, v[9], learners)));
        rows.add(List.of(t.get("feedback.evidence.staff-entries"), t.number(staff)));
        rows.add(List.of(t.get("feedback.evidence.staff-rating"), average(t, v[11], staff)));
        return new EvidenceTable(SUMMARY, t.get("feedback.evidence.summary.title"),
                t.get("feedback.evidence.summary.description", t.day(from), t.day(to)),
                List.of(t.get("feedback.evidence.measure"), t.get("feedback.evidence.value")), rows);
    }

    private EvidenceTable actions(BundleTexts t, EvidenceRequest request) {
        List<List<String>> rows = queries.evidenceActions(request.from(), request.to(), request.today()).stream()
                .map(a -> List.of((String) a[0], (String) a[1], t.day((LocalDate) a[2]),
                        status(t, (ActionStatus) a[3], (LocalDate) a[2], (LocalDate) a[5], request.today()),
                        a[4] == null ? "" : (String) a[4]))
                .toList();
        return new EvidenceTable(ACTIONS, t.get("feedback.evidence.actions.title"),
                t.get("feedback.evidence.actions.description"),
                List.of(t.get("feedback.evidence.actions.what"), t.get("feedback.evidence.actions.owner"),
                        t.get("feedback.evidence.actions.due"), t.get("feedback.evidence.actions.status"),
                        t.get("feedback.evidence.actions.changed")), rows);
    }

    private static String status(BundleTexts t, ActionStatus status, LocalDate due, LocalDate doneOn, LocalDate today) {
        if (status == ActionStatus.DONE) {
            return t.get("feedback.evidence.actions.done-on", t.day(doneOn));
        }
        String name = t.get("actions.status." + status);
        return due.isBefore(today) ? t.get("feedback.evidence.actions.overdue", name) : name;
    }

    private static String count(BundleTexts t, long part, long whole) {
        return whole == 0 ? t.number(part) : t.get("feedback.evidence.count-share", t.number(part), percent(part, whole));
    }

    private static String share(BundleTexts t, long part, long whole) {
        return whole == 0 ? t.get("feedback.evidence.none") : t.get("feedback.evidence.share", percent(part, whole));
    }

    private static String average(BundleTexts t, long sum, long entries) {
        return entries == 0 ? t.get("feedback.evidence.none")
                : t.get("feedback.evidence.out-of-five", t.number(Math.round(10.0 * sum / entries) / 10.0));
    }

    private static long percent(long part, long whole) {
        return Math.round(100.0 * part / whole);
    }
}
