package app.involvement.availability.internal;

import app.involvement.availability.AvailabilityException;
import app.involvement.availability.AvailabilityLimits;
import app.involvement.availability.MyAvailability;
import app.involvement.availability.WeeklySlot;
import app.involvement.pool.MyProfile;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyAvailability implements MyAvailability {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final MyProfile myProfile;
    private final WeeklyAvailabilityRepository weekly;
    private final DatedAvailabilityRepository dated;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DefaultMyAvailability(MyProfile myProfile, WeeklyAvailabilityRepository weekly, DatedAvailabilityRepository dated,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.myProfile = myProfile;
        this.weekly = weekly;
        this.dated = dated;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<WeeklySlot> pattern() {
        return weekly.findByPartnerId(me()).stream().map(WeeklyAvailability::slot).collect(Collectors.toSet());
    }

    /**
     * Read committed: InnoDB then locks only the partner's own rows, not the gaps beside them, so partners whose
     * rows sit side by side no longer deadlock (seen at 500 concurrent people, docs/performance.md).
     */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void savePattern(Set<WeeklySlot> slots) {
        if (slots == null || slots.stream().anyMatch(s -> s.day() == null || s.part() == null)) {
            throw new BusinessRuleException("field.required");
        }
        Long partner = me();
        // two sessions of one partner saving at once take turns here, so neither's rows clash with the other's
        weekly.lockPartner(partner, TenantContext.require());
        weekly.deleteByPartner(partner);
        weekly.flush();
        weekly.saveAll(slots.stream().map(s -> new WeeklyAvailability(partner, s)).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AvailabilityException> exceptions() {
        return dated.findCurrent(me(), today(), PageRequest.of(0, AvailabilityLimits.MAX_EXCEPTIONS)).stream()
                .map(DatedAvailability::view).toList();
    }

    @Override
    public void addException(LocalDate from, LocalDate to, boolean available, String note) {
        if (from == null || to == null) {
            throw new BusinessRuleException("field.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("availability.end-before-start");
        }
        if (to.isBefore(today())) {
            throw new BusinessRuleException("availability.in-past");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > AvailabilityLimits.MAX_SPAN_DAYS) {
            throw new BusinessRuleException("availability.too-long", AvailabilityLimits.MAX_SPAN_DAYS);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        if (cleanNote != null && cleanNote.length() > AvailabilityLimits.NOTE) {
            throw new BusinessRuleException("field.too-long", AvailabilityLimits.NOTE);
        }
        Long partner = me();
        if (dated.overlaps(partner, from, to)) {
            throw new BusinessRuleException("availability.overlap");
        }
        if (dated.countCurrent(partner, today()) >= AvailabilityLimits.MAX_EXCEPTIONS) {
            throw new BusinessRuleException("availability.too-many", AvailabilityLimits.MAX_EXCEPTIONS);
        }
        dated.save(new DatedAvailability(partner, from, to, available, cleanNote));
    }

    @Override
    public void removeException(Long exceptionId) {
        dated.delete(dated.findByIdAndPartnerId(exceptionId, me()).orElseThrow(() -> {
            events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null),
                    SecurityContextHolder.getContext().getAuthentication().getName(), "availability exception " + exceptionId,
                    null));
            return new org.springframework.security.access.AccessDeniedException("not yours");
        }));
    }

    private Long me() {
        return myProfile.id()
                .orElseThrow(() -> new BusinessRuleException("availability.no-profile"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
