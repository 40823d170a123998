package app.involvement.training.internal;

import app.involvement.pool.MyProfile;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingLimits;
import app.involvement.training.TrainingRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultTrainingRecords implements TrainingRecords {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final TrainingModuleRepository modules;
    private final TrainingRecordRepository records;
    private final Pool pool;
    private final MyProfile myProfile;
    private final TrainingAudit audit;
    private final Clock clock;

    DefaultTrainingRecords(TrainingModuleRepository modules, TrainingRecordRepository records, Pool pool,
            MyProfile myProfile, TrainingAudit audit, Clock clock) {
        this.modules = modules;
        this.records = records;
        this.pool = pool;
        this.myProfile = myProfile;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingItem> forPartner(Long partnerId) {
        return items(partner(partnerId));
    }

    @Override
    public void recordCompletion(Long partnerId, Long moduleId, LocalDate completedOn, String evidence) {
        Long partner = partner(partnerId);
        var module = module(moduleId);
        LocalDate on = pastOrToday(completedOn);
        String cleanEvidence = DefaultTrainingModules.required(evidence, TrainingLimits.EVIDENCE);
        var record = records.findByPartnerIdAndModuleId(partner, module.getId())
                .orElseGet(() -> new TrainingRecord(partner, module.getId()));
        record.complete(on, module.validUntil(on), cleanEvidence, true, audit.actor());
        records.save(record);
        audit.record("TRAINING_COMPLETION_RECORDED", "partner " + partner, module.getTitle() + " on " + on);
    }

    @Override
    public void confirmClaim(Long partnerId, Long moduleId) {
        var record = records.findByPartnerIdAndModuleId(partnerId, moduleId).filter(r -> !r.isConfirmed())
                .orElseThrow(() -> audit.refused("training claim " + partnerId + "/" + moduleId));
        record.confirm(audit.actor());
        audit.record("TRAINING_CLAIM_CONFIRMED", "partner " + partnerId, "module " + moduleId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<TrainingItem> mine() {
        return items(me());
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void claim(Long moduleId, LocalDate completedOn) {
        Long partner = me();
        var module = module(moduleId);
        LocalDate on = pastOrToday(completedOn);
        var existing = records.findByPartnerIdAndModuleId(partner, module.getId());
        if (existing.filter(TrainingRecord::isConfirmed).filter(r -> !r.getCompletedOn().isBefore(on)).isPresent()) {
            throw new BusinessRuleException("training.claim.already-recorded");
        }
        var record = existing.orElseGet(() -> new TrainingRecord(partner, module.getId()));
        record.complete(on, module.validUntil(on), null, false, audit.actor());
        records.save(record);
        audit.record("TRAINING_COMPLETION_CLAIMED", "partner " + partner, module.getTitle() + " on " + on);
    }

    private List<TrainingItem> items(Long partnerId) {
        return TrainingStanding.items(modules.findAllByTitle(PageRequest.of(0, TrainingLimits.MAX_MODULES)),
                records.findByPartnerId(partnerId), today());
    }

    private LocalDate pastOrToday(LocalDate date) {
        if (date == null) {
            throw new BusinessRuleException("field.required");
        }
        if (date.isAfter(today())) {
            throw new BusinessRuleException("training.record.in-future");
        }
        return date;
    }

    private Long partner(Long partnerId) {
        return Optional.ofNullable(partnerId).filter(id -> pool.findPaymentContact(id).isPresent())
                .orElseThrow(() -> audit.refused("partner " + partnerId));
    }

    private TrainingModule module(Long moduleId) {
        return Optional.ofNullable(moduleId).flatMap(modules::findById)
                .orElseThrow(() -> audit.refused("training module " + moduleId));
    }

    private Long me() {
        return myProfile.id().orElseThrow(() -> new BusinessRuleException("training.no-profile"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
