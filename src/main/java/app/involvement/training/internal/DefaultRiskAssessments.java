package app.involvement.training.internal;

import app.involvement.identity.StaffContacts;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.training.ActivityTypeRisk;
import app.involvement.training.RiskAssessmentInput;
import app.involvement.training.RiskAssessmentRow;
import app.involvement.training.RiskAssessments;
import app.involvement.training.SupportLimits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultRiskAssessments implements RiskAssessments {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RiskAssessmentRepository assessments;
    private final RiskAssessmentQueries queries;
    private final ReferenceData referenceData;
    private final StaffContacts staff;
    private final TrainingAudit audit;
    private final Clock clock;

    DefaultRiskAssessments(RiskAssessmentRepository assessments, RiskAssessmentQueries queries,
            ReferenceData referenceData, StaffContacts staff, TrainingAudit audit, Clock clock) {
        this.assessments = assessments;
        this.queries = queries;
        this.referenceData = referenceData;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskAssessmentRow> list(Pageable pageable) {
        return queries.page(pageable, today());
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return assessments.count();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RiskAssessmentInput> find(Long id) {
        return id == null ? Optional.empty() : assessments.findById(id).map(RiskAssessment::input);
    }

    @Override
    public Long add(RiskAssessmentInput input) {
        RiskAssessmentInput clean = valid(input);
        Long id = assessments.save(new RiskAssessment(clean)).getId();
        audit.record("RISK_ASSESSMENT_ADDED", "risk assessment " + id, summary(clean));
        return id;
    }

    @Override
    public void update(Long id, RiskAssessmentInput input) {
        RiskAssessment assessment = (id == null ? Optional.<RiskAssessment>empty() : assessments.findById(id))
                .orElseThrow(() -> audit.refused("risk assessment " + id));
        RiskAssessmentInput clean = valid(input);
        assessment.change(clean);
        audit.record("RISK_ASSESSMENT_CHANGED", "risk assessment " + id, summary(clean));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
    public boolean hasCurrent(Long activityTypeId, LocalDate on) {
        return activityTypeId != null && on != null && assessments.existsCurrent(activityTypeId, on);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivityTypeRisk> activityTypes() {
        Set<Long> required = referenceData.activityTypesRequiringRiskAssessment();
        Map<Long, LocalDate> until = new HashMap<>();
        assessments.currentUntil(today()).forEach(row -> until.put((Long) row[0], (LocalDate) row[1]));
        return referenceData.activityTypes().stream()
                .map(t -> new ActivityTypeRisk(t.id(), t.name(), required.contains(t.id()), until.get(t.id())))
                .toList();
    }

    @Override
    public void requireFor(Long activityTypeId, boolean required) {
        referenceData.requireRiskAssessment(activityTypeId, required);
    }

    /** Every rule, checked before anything is stored; returns the input trimmed. */
    private RiskAssessmentInput valid(RiskAssessmentInput in) {
        if (in == null || in.activityTypeId() == null || in.reviewerUserId() == null || in.assessedOn() == null
                || in.reviewOn() == null) {
            throw new BusinessRuleException("field.required");
        }
        String hazards = required(in.hazards(), SupportLimits.HAZARDS);
        String who = required(in.whoMayBeHarmed(), SupportLimits.WHO_MAY_BE_HARMED);
        String controls = required(in.controls(), SupportLimits.CONTROLS);
        String session = in.sessionReference() == null || in.sessionReference().isBlank() ? null : in.sessionReference().trim();
        if (session != null && session.length() > SupportLimits.SESSION_REFERENCE) {
            throw new BusinessRuleException("field.too-long", SupportLimits.SESSION_REFERENCE);
        }
        if (session == null && in.sessionDate() != null) {
            throw new BusinessRuleException("risk.session-date-without-session");
        }
        if (in.assessedOn().isAfter(today())) {
            throw new BusinessRuleException("risk.assessed-in-future");
        }
        if (!in.reviewOn().isAfter(in.assessedOn())) {
            throw new BusinessRuleException("risk.review-not-after-assessment");
        }
        if (referenceData.existingActivityTypes(Set.of(in.activityTypeId())).isEmpty()) {
            throw audit.refused("activity type " + in.activityTypeId());
        }
        if (staff.find(in.reviewerUserId()).isEmpty()) {
            throw new BusinessRuleException("risk.reviewer-not-staff");
        }
        return new RiskAssessmentInput(in.activityTypeId(), session, in.sessionDate(), hazards,
                who, controls, in.reviewerUserId(), in.assessedOn(), in.reviewOn());
    }

    private static String required(String text, int max) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("field.required");
        }
        if (clean.length() > max) {
            throw new BusinessRuleException("field.too-long", max);
        }
        return clean;
    }

    private static String summary(RiskAssessmentInput in) {
        return "activity type " + in.activityTypeId() + (in.sessionReference() == null ? "" : "; " + in.sessionReference())
                + "; assessed " + in.assessedOn() + "; review " + in.reviewOn() + "; reviewer user " + in.reviewerUserId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
