package app.involvement.training.internal;

import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import app.involvement.training.TrainingBooking;
import app.involvement.training.TrainingEventInput;
import app.involvement.training.TrainingEventView;
import app.involvement.training.TrainingEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking locks the session's row (DD022), then counts its places: two partners taking the last place at once
 * take turns, and the second is told it is full.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultTrainingEvents implements TrainingEvents {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final long NOBODY = -1L;

    private final TrainingEventRepository events;
    private final TrainingBookingRepository bookings;
    private final TrainingModuleRepository modules;
    private final TrainingRecordRepository records;
    private final MyProfile myProfile;
    private final NamedParameterJdbcTemplate jdbc;
    private final TrainingAudit audit;
    private final Clock clock;

    DefaultTrainingEvents(TrainingEventRepository events, TrainingBookingRepository bookings,
            TrainingModuleRepository modules, TrainingRecordRepository records, MyProfile myProfile,
            NamedParameterJdbcTemplate jdbc, TrainingAudit audit, Clock clock) {
        this.events = events;
        this.bookings = bookings;
        this.modules = modules;
        this.records = records;
        this.myProfile = myProfile;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingEventView> forModule(Long moduleId) {
        return events.findUpcomingOfModule(moduleId, today(), NOBODY, PageRequest.of(0, MAX_LISTED)).stream()
                .map(DefaultTrainingEvents::view).toList();
    }

    @Override
    public Long schedule(Long moduleId, TrainingEventInput input) {
        var module = Optional.ofNullable(moduleId).flatMap(modules::findById)
                .orElseThrow(() -> audit.refused("training module " + moduleId));
        if (input == null || input.heldOn() == null) {
            throw new BusinessRuleException("field.required");
        }
        if (input.heldOn().isBefore(today())) {
            throw new BusinessRuleException("training.event.in-past");
        }
        String time = input.startTime() == null || input.startTime().isBlank() ? null : input.startTime().trim();
        if (time != null && !TIME.matcher(time).matches()) {
            throw new BusinessRuleException("training.event.bad-time");
        }
        String place = DefaultTrainingModules.required(input.place(), PLACE);
        if (input.places() < 1 || input.places() > MAX_PLACES) {
            throw new BusinessRuleException("training.event.places-range", MAX_PLACES);
        }
        var event = events.save(new TrainingEvent(module.getId(),
                new TrainingEventInput(input.heldOn(), time, place, input.online(), input.places())));
        audit.record("TRAINING_EVENT_SCHEDULED", "training module " + moduleId, "event " + event.getId() + " on "
                + input.heldOn());
        return event.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingBooking> bookings(Long eventId) {
        event(eventId);
        var booked = bookings.findByEventIdOrderById(eventId);
        if (booked.isEmpty()) {
            return List.of();
        }
        // names in one query, filtered by tenant in the SQL itself (native SQL is not tenant-filtered)
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("select id, preferred_name from partner where tenant_id = :tenant and id in (:ids)",
                Map.of("tenant", TenantContext.require(), "ids", booked.stream().map(TrainingBookingEntry::getPartnerId).toList()),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return booked.stream().map(b -> new TrainingBooking(b.getPartnerId(), names.get(b.getPartnerId()), b.isAttended()))
                .toList();
    }

    @Override
    public void markAttended(Long eventId, Long partnerId) {
        var event = event(eventId);
        var booking = bookings.findByEventIdAndPartnerId(eventId, partnerId)
                .orElseThrow(() -> audit.refused("training booking " + eventId + "/" + partnerId));
        if (event.getHeldOn().isAfter(today())) {
            throw new BusinessRuleException("training.event.not-yet");
        }
        booking.attended();
        var module = modules.findById(event.getModuleId()).orElseThrow();
        var record = records.findByPartnerIdAndModuleId(partnerId, module.getId())
                .orElseGet(() -> new TrainingRecord(partnerId, module.getId()));
        boolean newerKept = record.getId() != null && record.isConfirmed()
                && record.getCompletedOn().isAfter(event.getHeldOn());
        if (!newerKept) {
            record.complete(event.getHeldOn(), module.validUntil(event.getHeldOn()), null, true, audit.actor());
            records.save(record);
        }
        audit.record("TRAINING_EVENT_ATTENDED", "partner " + partnerId, module.getTitle() + " on " + event.getHeldOn());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<TrainingEventView> upcoming() {
        return events.findUpcoming(today(), me(), PageRequest.of(0, MAX_LISTED)).stream()
                .map(DefaultTrainingEvents::view).toList();
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void book(Long eventId) {
        Long me = me();
        if (eventId == null || events.lockById(eventId, TenantContext.require()) == null) {
            throw audit.refused("training event " + eventId);
        }
        var event = event(eventId);
        if (event.getHeldOn().isBefore(today())) {
            throw new BusinessRuleException("training.event.in-past");
        }
        if (bookings.findByEventIdAndPartnerId(eventId, me).isPresent()) {
            throw new BusinessRuleException("training.event.already-booked");
        }
        if (bookings.countByEventId(eventId) >= event.getPlaces()) {
            throw new BusinessRuleException("training.event.full");
        }
        bookings.save(new TrainingBookingEntry(eventId, me));
        audit.record("TRAINING_EVENT_BOOKED", "partner " + me, "event " + eventId);
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public void cancel(Long eventId) {
        Long me = me();
        var booking = bookings.findByEventIdAndPartnerId(eventId, me).filter(b -> !b.isAttended())
                .orElseThrow(() -> audit.refused("training booking " + eventId));
        if (event(eventId).getHeldOn().isBefore(today())) {
            throw new BusinessRuleException("training.event.in-past");
        }
        bookings.delete(booking);
        audit.record("TRAINING_EVENT_CANCELLED", "partner " + me, "event " + eventId);
    }

    private TrainingEvent event(Long eventId) {
        return Optional.ofNullable(eventId).flatMap(events::findById)
                .orElseThrow(() -> audit.refused("training event " + eventId));
    }

    private static TrainingEventView view(TrainingEventRepository.Row r) {
        return new TrainingEventView(r.id(), r.moduleId(), r.title(), r.heldOn(), r.startTime(), r.place(), r.online(),
                r.places(), r.booked(), r.mine() > 0);
    }

    private Long me() {
        return myProfile.id().orElseThrow(() -> new BusinessRuleException("training.no-profile"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DefaultTrainingRecords.UK));
    }
}
