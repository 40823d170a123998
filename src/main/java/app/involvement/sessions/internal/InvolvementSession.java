package app.involvement.sessions.internal;

import app.involvement.sessions.OfferMode;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.sessions.SessionLimits;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.TenantScopedEntity;
import app.involvement.shared.UkFormats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A planned piece of involvement work on a programme (DD027). Values arrive validated by {@link DefaultSessions}. */
@Entity
@Table(name = "involvement_session")
class InvolvementSession extends TenantScopedEntity {

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;
    @Column(name = "activity_type_id", nullable = false)
    private Long activityTypeId;
    @Column(nullable = false, length = SessionLimits.TITLE)
    private String title;
    @Column(nullable = false, length = SessionLimits.DESCRIPTION)
    private String description;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;
    @Column(length = SessionLimits.PLACE)
    private String place;
    @Column(name = "online_link", length = SessionLimits.LINK)
    private String onlineLink;
    @Column(name = "places_minimum", nullable = false)
    private int placesMinimum;
    @Column(name = "places_target", nullable = false)
    private int placesTarget;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionLevel level;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionKind kind;
    @Column(name = "experience_required", nullable = false)
    private boolean experienceRequired;
    @Column(length = SessionLimits.PREPARATION)
    private String preparation;
    @Column(name = "preparation_link", length = SessionLimits.LINK)
    private String preparationLink;
    @Column(name = "wellbeing_notes", length = SessionLimits.WELLBEING_NOTES)
    private String wellbeingNotes;
    @Column(name = "payment_note", length = SessionLimits.PAYMENT_NOTE)
    private String paymentNote;
    @Column(name = "confidentiality_needed", nullable = false)
    private boolean confidentialityNeeded;
    @Column(name = "conflict_check_needed", nullable = false)
    private boolean conflictCheckNeeded;
    @Enumerated(EnumType.STRING)
    @Column(name = "offer_mode", nullable = false, length = 20)
    private OfferMode offerMode;
    @Column(name = "offer_valid_hours", nullable = false)
    private int offerValidHours;
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.PLANNED;
    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;
    @Column(name = "coordinator_email", length = 254)
    private String coordinatorEmail;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected InvolvementSession() {
    }

    InvolvementSession(SessionInput input, String coordinatorEmail) {
        apply(input);
        this.coordinatorEmail = coordinatorEmail;
    }

    /**
     * Takes the new values; returns true when something partners holding a place rely on (day, time, place, link,
     * preparation) changed, which raises the calendar SEQUENCE.
     */
    boolean apply(SessionInput input) {
        boolean partnersAffected = heldOn != null && (!Objects.equals(heldOn, input.heldOn())
                || !Objects.equals(startTime, input.startTime())
                || !Objects.equals(endTime, input.startTime().plusMinutes(input.durationMinutes()))
                || !Objects.equals(place, input.place()) || !Objects.equals(onlineLink, input.onlineLink())
                || !Objects.equals(title, input.title()) || !Objects.equals(preparation, input.preparation())
                || !Objects.equals(preparationLink, input.preparationLink()));
        programmeId = input.programmeId();
        activityTypeId = input.activityTypeId();
        title = input.title();
        description = input.description();
        heldOn = input.heldOn();
        startTime = input.startTime();
        endTime = input.startTime().plusMinutes(input.durationMinutes());
        place = input.place();
        onlineLink = input.onlineLink();
        placesMinimum = input.placesMinimum();
        placesTarget = input.placesTarget();
        level = input.level();
        kind = input.kind();
        experienceRequired = input.experienceRequired();
        preparation = input.preparation();
        preparationLink = input.preparationLink();
        wellbeingNotes = input.wellbeingNotes();
        paymentNote = input.paymentNote();
        confidentialityNeeded = input.confidentialityNeeded();
        conflictCheckNeeded = input.conflictCheckNeeded();
        offerMode = input.offerMode();
        offerValidHours = input.offerValidHours();
        reminderDays = input.reminderDays();
        if (partnersAffected) {
            icsSequence++;
        }
        return partnersAffected;
    }

    void cancel() {
        status = SessionStatus.CANCELLED;
        icsSequence++;
    }

    void complete(Instant at) {
        status = SessionStatus.COMPLETED;
        completedAt = at;
    }

    /** When the session starts, in UK time. */
    int durationMinutes() {
        return (int) Duration.between(startTime, endTime).toMinutes();
    }

    /** Held by online link with no place. */
    boolean isOnlineOnly() {
        return (place == null || place.isBlank()) && onlineLink != null && !onlineLink.isBlank();
    }

    Instant startsAt() {
        return heldOn.atTime(startTime).atZone(UkFormats.UK_TIME).toInstant();
    }

    Long getProgrammeId() {
        return programmeId;
    }

    Long getActivityTypeId() {
        return activityTypeId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    LocalTime getStartTime() {
        return startTime;
    }

    LocalTime getEndTime() {
        return endTime;
    }

    String getPlace() {
        return place;
    }

    String getOnlineLink() {
        return onlineLink;
    }

    int getPlacesMinimum() {
        return placesMinimum;
    }

    int getPlacesTarget() {
        return placesTarget;
    }

    SessionLevel getLevel() {
        return level;
    }

    SessionKind getKind() {
        return kind;
    }

    boolean isExperienceRequired() {
        return experienceRequired;
    }

    String getPreparation() {
        return preparation;
    }

    String getPreparationLink() {
        return preparationLink;
    }

    String getWellbeingNotes() {
        return wellbeingNotes;
    }

    String getPaymentNote() {
        return paymentNote;
    }

    boolean isConfidentialityNeeded() {
        return confidentialityNeeded;
    }

    boolean isConflictCheckNeeded() {
        return conflictCheckNeeded;
    }

    OfferMode getOfferMode() {
        return offerMode;
    }

    int getOfferValidHours() {
        return offerValidHours;
    }

    int getReminderDays() {
        return reminderDays;
    }

    SessionStatus getStatus() {
        return status;
    }

    int getIcsSequence() {
        return icsSequence;
    }

    String getCoordinatorEmail() {
        return coordinatorEmail;
    }
}
