package app.involvement.planning.internal;

import app.involvement.planning.ObjectiveInput;
import app.involvement.planning.PlanningLimits;
import app.involvement.planning.QualityActivityInput;
import app.involvement.planning.ReferralInput;
import app.involvement.planning.ReviewCycleInput;
import app.involvement.planning.StrategyInput;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;

/** The checks the services make before storing anything (the forms make the same ones first). */
final class PlanningRules {

    private PlanningRules() {
    }

    static StrategyInput strategy(StrategyInput in) {
        if (in == null) {
            throw new BusinessRuleException("field.required");
        }
        String title = required(in.title(), PlanningLimits.TITLE);
        String text = required(in.text(), PlanningLimits.TEXT);
        String owner = required(in.owner(), PlanningLimits.OWNER);
        day(in.startsOn());
        day(in.endsOn());
        if (in.endsOn().isBefore(in.startsOn())) {
            throw new BusinessRuleException("planning.end-before-start");
        }
        if (in.endsOn().isAfter(in.startsOn().plusYears(PlanningLimits.MAX_STRATEGY_YEARS))) {
            throw new BusinessRuleException("strategy.too-long", PlanningLimits.MAX_STRATEGY_YEARS);
        }
        return new StrategyInput(title, text, owner, in.startsOn(), in.endsOn());
    }

    static ObjectiveInput objective(ObjectiveInput in) {
        if (in == null || in.status() == null) {
            throw new BusinessRuleException("field.required");
        }
        return new ObjectiveInput(required(in.title(), PlanningLimits.TITLE), required(in.measure(), PlanningLimits.MEASURE),
                required(in.target(), PlanningLimits.TARGET), required(in.owner(), PlanningLimits.OWNER),
                optional(in.progress(), PlanningLimits.PROGRESS), in.status());
    }

    static ReviewCycleInput cycle(ReviewCycleInput in) {
        if (in == null || in.kind() == null) {
            throw new BusinessRuleException("field.required");
        }
        day(in.startsOn());
        if (in.endsOn() != null) {
            day(in.endsOn());
            if (in.endsOn().isBefore(in.startsOn())) {
                throw new BusinessRuleException("planning.end-before-start");
            }
        }
        if (in.programmeIds().size() > PlanningLimits.MAX_PROGRAMMES) {
            throw new BusinessRuleException("review-cycles.too-many-programmes", PlanningLimits.MAX_PROGRAMMES);
        }
        return new ReviewCycleInput(in.kind(), in.startsOn(), in.endsOn(), optional(in.summary(), PlanningLimits.SUMMARY),
                in.programmeIds());
    }

    static QualityActivityInput activity(QualityActivityInput in) {
        if (in == null || in.status() == null) {
            throw new BusinessRuleException("field.required");
        }
        String path = in.evidencePath() == null || in.evidencePath().isBlank() ? null : in.evidencePath().strip();
        return new QualityActivityInput(required(in.question(), PlanningLimits.QUESTION),
                optional(in.response(), PlanningLimits.RESPONSE), path, in.status());
    }

    static ReferralInput referral(ReferralInput in) {
        if (in == null || in.referredTo() == null || in.status() == null) {
            throw new BusinessRuleException("field.required");
        }
        day(in.dueOn());
        return new ReferralInput(required(in.issue(), PlanningLimits.ISSUE), in.referredTo(), in.dueOn(), in.status(),
                in.aboutInvolvement());
    }

    static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("field.required");
        }
        return optional(value, max);
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new BusinessRuleException("planning.too-long", max);
        }
        return clean;
    }

    static LocalDate day(LocalDate day) {
        if (day == null) {
            throw new BusinessRuleException("field.required");
        }
        if (day.getYear() < PlanningLimits.FIRST_YEAR || day.getYear() > PlanningLimits.LAST_YEAR) {
            throw new BusinessRuleException("planning.date-out-of-range", PlanningLimits.FIRST_YEAR,
                    PlanningLimits.LAST_YEAR);
        }
        return day;
    }
}
