package app.involvement.pool.internal;

import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerStatus;
import app.involvement.shared.AccessRefused;
import app.involvement.shared.AuditEvent;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/** What both pool services share: creating partners, keeping their links and history, building details. */
@Component
class PartnerRecords {

    static final int HISTORY_MAX = 50;

    final PartnerRepository partners;
    final PartnerStatusChangeRepository history;
    final PartnerExperienceRepository experiences;
    final PartnerInterestRepository interests;
    final ApplicationEventPublisher events;
    final Clock clock;

    PartnerRecords(PartnerRepository partners, PartnerStatusChangeRepository history,
            PartnerExperienceRepository experiences, PartnerInterestRepository interests,
            ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.history = history;
        this.experiences = experiences;
        this.interests = interests;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a new applicant and the first entry of their history. */
    Partner create(app.involvement.pool.PartnerProfile profile, String reasonKey, String by) {
        return create(profile, reasonKey, by, today());
    }

    /** As {@link #create(app.involvement.pool.PartnerProfile, String, String)}, added on an earlier date (demo data). */
    Partner create(app.involvement.pool.PartnerProfile profile, String reasonKey, String by, LocalDate addedOn) {
        Partner partner = partners.save(new Partner(profile, PartnerStatus.APPLICANT, addedOn, clock.instant()));
        history.save(new PartnerStatusChange(partner.getId(), null, PartnerStatus.APPLICANT, addedOn, reasonKey, by,
                clock.instant()));
        return partner;
    }

    void moveTo(Partner partner, PartnerStatus to, LocalDate on, String reason, String by) {
        history.save(new PartnerStatusChange(partner.getId(), partner.getStatus(), to, on, reason, by, clock.instant()));
        partner.moveTo(to, on);
    }

    /** An entry in the status history that records an event without a change of status. */
    void note(Partner partner, String reasonKey, String by) {
        history.save(new PartnerStatusChange(partner.getId(), partner.getStatus(), partner.getStatus(), today(),
                reasonKey, by, clock.instant()));
    }

    Set<Long> interestIds(Long partnerId) {
        return interests.findByPartnerId(partnerId).stream().map(PartnerInterest::itemId).collect(Collectors.toSet());
    }

    Set<Long> experienceIds(Long partnerId) {
        return experiences.findByPartnerId(partnerId).stream().map(PartnerExperience::itemId).collect(Collectors.toSet());
    }

    void setInterests(Long partnerId, Set<Long> wanted) {
        sync(interests, interests.findByPartnerId(partnerId), PartnerInterest::itemId, wanted, PartnerInterest::new, partnerId);
    }

    void setExperiences(Long partnerId, Set<Long> wanted) {
        sync(experiences, experiences.findByPartnerId(partnerId), PartnerExperience::itemId, wanted,
                PartnerExperience::new, partnerId);
    }

    /** Deletes the links no longer wanted and adds the new ones (never delete-and-reinsert: unique key). */
    private static <T> void sync(JpaRepository<T, Long> repository, Collection<T> current, Function<T, Long> item,
            Set<Long> wanted, BiFunction<Long, Long, T> factory, Long partnerId) {
        Set<Long> have = current.stream().map(item).collect(Collectors.toSet());
        repository.deleteAll(current.stream().filter(t -> !wanted.contains(item.apply(t))).toList());
        repository.flush();
        repository.saveAll(wanted.stream().filter(id -> !have.contains(id)).map(id -> factory.apply(partnerId, id)).toList());
    }

    PartnerDetails details(Partner p, boolean showExperience, boolean showStaffNotes) {
        boolean consent = p.getConsentGivenAt() != null;
        return new PartnerDetails(p.getId(), p.getUserId() != null, p.profile(interestIds(p.getId())), p.getStatus(),
                p.getStatusSince(), p.getLastInvolvedOn(),
                consent && showExperience ? experienceIds(p.getId()) : Set.of(),
                showExperience ? p.getConsentGivenAt() : null,
                showStaffNotes ? p.getStaffNotes() : null,
                history.findHistory(p.getId(), PageRequest.of(0, HISTORY_MAX)).stream()
                        .map(PartnerStatusChange::view).toList());
    }

    /** An id the current provider does not hold (unknown, or tampered with): one audit row per refusal. */
    void refused(String actor, Long partnerId) {
        events.publishEvent(new AccessRefused(AccessRefused.RECORD, TenantContext.current().orElse(null), actor,
                "partner " + partnerId, null));
    }

    void audit(String type, Long tenantId, String actor, Long partnerId, String detail) {
        events.publishEvent(new AuditEvent(type, tenantId, actor, "partner " + partnerId, detail));
    }
}
