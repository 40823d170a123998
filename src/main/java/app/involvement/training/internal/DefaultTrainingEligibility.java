package app.involvement.training.internal;

import app.involvement.pool.Pool;
import app.involvement.provider.ReferenceData;
import app.involvement.training.Preparedness;
import app.involvement.training.TrainingEligibility;
import app.involvement.training.TrainingStatus;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One partner: three small queries whatever the number of modules (the partner, the type's modules, the partner's
 * records). Many partners: the type check and one query over them all, with the rule as SQL.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultTrainingEligibility implements TrainingEligibility {

    private final TrainingModuleRepository modules;
    private final TrainingRecordRepository records;
    private final Pool pool;
    private final ReferenceData referenceData;
    private final TrainingAudit audit;
    private final NamedParameterJdbcTemplate jdbc;

    DefaultTrainingEligibility(TrainingModuleRepository modules, TrainingRecordRepository records, Pool pool,
            ReferenceData referenceData, TrainingAudit audit, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.records = records;
        this.pool = pool;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    @Override
    public Preparedness check(Long partnerId, Long activityTypeId, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (partnerId == null || pool.findPaymentContact(partnerId).isEmpty()) {
            throw audit.refused("partner " + partnerId);
        }
        if (activityTypeId == null || referenceData.existingActivityTypes(Set.of(activityTypeId)).isEmpty()) {
            throw audit.refused("activity type " + activityTypeId);
        }
        Map<Long, TrainingRecord> byModule = records.findByPartnerId(partnerId).stream()
                .collect(Collectors.toMap(TrainingRecord::getModuleId, Function.identity()));
        var gaps = new ArrayList<Preparedness.Gap>();
        for (TrainingModule module : modules.findRequiredFor(activityTypeId)) {
            TrainingRecord record = byModule.get(module.getId());
            TrainingStatus status = TrainingStanding.status(record, on);
            switch (status) {
                case TO_DO -> gaps.add(new Preparedness.Gap(module.getId(), module.getTitle(),
                        Preparedness.Reason.MISSING, null));
                case AWAITING_CONFIRMATION -> gaps.add(new Preparedness.Gap(module.getId(), module.getTitle(),
                        Preparedness.Reason.AWAITING_CONFIRMATION, null));
                case EXPIRED -> gaps.add(new Preparedness.Gap(module.getId(), module.getTitle(),
                        Preparedness.Reason.EXPIRED, record.getValidUntil()));
                case DONE, EXPIRING_SOON -> {
                    // counts on that day
                }
            }
        }
        return new Preparedness(gaps);
    }

    @Override
    public Set<Long> unprepared(Long activityTypeId, LocalDate on, Collection<Long> partnerIds) {
        Objects.requireNonNull(on, "on");
        if (activityTypeId == null || referenceData.existingActivityTypes(Set.of(activityTypeId)).isEmpty()) {
            throw audit.refused("activity type " + activityTypeId);
        }
        var asked = new HashSet<>(partnerIds);
        asked.remove(null);
        if (asked.isEmpty()) {
            return Set.of();
        }
        var parameters = new MapSqlParameterSource().addValue("tenant", TenantContext.require())
                .addValue("trainingType", activityTypeId).addValue("trainingOn", Date.valueOf(on))
                .addValue("ids", asked);
        var prepared = jdbc.queryForList("select p.id from partner p where p.tenant_id = :tenant and p.id in (:ids)"
                + " and" + TrainingEligibility.preparedCondition("p.id"), parameters, Long.class);
        prepared.forEach(asked::remove);
        return Set.copyOf(asked);
    }
}
