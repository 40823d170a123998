package app.involvement.pool.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Invitations;
import app.involvement.identity.Role;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PartnerRow;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.Pool;
import app.involvement.pool.PoolFilter;
import app.involvement.pool.SensitiveDataViewed;
import app.involvement.pool.SensitiveSection;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff access to the pool. Finance reads it without experience categories or staff notes (DD006). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultPool implements Pool {

    static final String PARTNER_CORRECTED = "PARTNER_CORRECTED";
    static final String SENSITIVE_DATA_VIEWED = "SENSITIVE_DATA_VIEWED";

    private final PartnerRecords records;
    private final PoolQueries queries;
    private final ReferenceData reference;
    private final CurrentUser currentUser;
    private final Invitations invitations;

    DefaultPool(PartnerRecords records, PoolQueries queries, ReferenceData reference, CurrentUser currentUser,
            Invitations invitations) {
        this.records = records;
        this.invitations = invitations;
        this.queries = queries;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    @Override
    public List<PartnerRow> list(PoolFilter filter, Pageable pageable) {
        return queries.page(allowed(filter), pageable);
    }

    @Override
    public long count(PoolFilter filter) {
        return queries.count(allowed(filter));
    }

    @Override
    public long countActive() {
        return records.partners.countByStatus(PartnerStatus.ACTIVE);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Optional<PartnerDetails> find(Long partnerId) {
        return found(partnerId).map(p -> records.details(p, true, true));
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public Optional<DataSubject> dataSubject(Long partnerId) {
        return found(partnerId).map(p -> new DataSubject(TenantContext.require(), p.getId(), p.getUserId(), p.getEmail()));
    }

    @Override
    public Optional<PartnerPaymentContact> findPaymentContact(Long partnerId) {
        return found(partnerId).map(Partner::paymentContact);
    }

    @Override
    public Map<Long, PartnerPaymentContact> paymentContacts(Collection<Long> partnerIds) {
        if (partnerIds == null || partnerIds.isEmpty()) {
            return Map.of();
        }
        return records.partners.findAllById(Set.copyOf(partnerIds)).stream()
                .collect(Collectors.toMap(Partner::getId, Partner::paymentContact));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Long add(PartnerProfile profile, String staffNotes) {
        PartnerProfile clean = ProfileRules.check(profile, false, false);
        String notes = ProfileRules.notes(staffNotes);
        checkInterests(clean);
        if (!clean.email().isEmpty() && records.partners.existsByEmail(clean.email())) {
            throw new BusinessRuleException("pool.error.email-taken", clean.email());
        }
        Partner partner = records.create(clean, "pool.history.added", actor());
        partner.setStaffNotes(notes);
        records.setInterests(partner.getId(), clean.interests());
        records.audit("PARTNER_ADDED", TenantContext.require(), actor(), partner.getId(), null);
        return partner.getId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public boolean update(Long partnerId, PartnerProfile profile, String staffNotes, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > PartnerLimits.CORRECTION_REASON) {
            throw new BusinessRuleException("pool.error.correction-reason", PartnerLimits.CORRECTION_REASON);
        }
        Partner partner = load(partnerId);
        String emailBefore = partner.getEmail() == null ? "" : partner.getEmail();
        PartnerProfile clean = ProfileRules.check(profile, false, false);
        String notes = ProfileRules.notes(staffNotes);
        checkInterests(clean);
        if (!clean.email().isEmpty() && records.partners.existsByEmailAndIdNot(clean.email(), partnerId)) {
            throw new BusinessRuleException("pool.error.email-taken", clean.email());
        }
        List<String> changed = new java.util.ArrayList<>(
                ProfileRules.changedFields(partner.profile(records.interestIds(partnerId)), clean));
        if (!notes.equals(partner.getStaffNotes() == null ? "" : partner.getStaffNotes())) {
            changed.add("staff notes");
        }
        partner.apply(clean);
        partner.setStaffNotes(notes);
        records.setInterests(partnerId, clean.interests());
        // the fields' names and the reason, never their values (DD050)
        records.audit(PARTNER_CORRECTED, TenantContext.require(), actor(), partnerId,
                "fields: " + (changed.isEmpty() ? "none" : String.join(", ", changed)) + "; reason: " + why);
        boolean withdrawn = !emailBefore.equals(clean.email()) && !invitations.withdrawForPartner(partnerId).isEmpty();
        if (withdrawn) {
            records.note(partner, "pool.history.invitation-withdrawn", actor());
        }
        return withdrawn;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public PartnerDetails openSensitive(Long partnerId, SensitiveSection section) {
        if (section == null) {
            throw new IllegalArgumentException("which section was opened");
        }
        Partner partner = load(partnerId);
        var user = currentUser.require();
        String role = user.currentRole().map(Enum::name).orElseThrow();
        Long tenant = TenantContext.require();
        records.audit(SENSITIVE_DATA_VIEWED, tenant, user.email(), partnerId, "section: " + section + "; role: " + role);
        records.events.publishEvent(new SensitiveDataViewed(tenant, partnerId, user.email(), user.displayName(), role,
                section, records.clock.instant()));
        return records.details(partner, true, true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Invitations.Sent inviteToLogIn(Long partnerId) {
        Partner partner = load(partnerId);
        if (partner.getUserId() != null) {
            throw new BusinessRuleException("pool.error.has-login");
        }
        if (partner.getEmail() == null) {
            throw new BusinessRuleException("pool.error.no-email");
        }
        Invitations.Sent sent = invitations.invitePartner(partner.getEmail(), partnerId);
        records.note(partner, "pool.history.invited", actor());
        return sent;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void recordInvolvement(Collection<Long> partnerIds, LocalDate on) {
        if (partnerIds == null || partnerIds.isEmpty() || on == null) {
            return;
        }
        records.partners.findAllById(Set.copyOf(partnerIds)).stream()
                .filter(p -> p.getLastInvolvedOn() == null || p.getLastInvolvedOn().isBefore(on))
                .forEach(p -> p.setLastInvolvedOn(on));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void changeStatus(Long partnerId, PartnerStatus to, LocalDate on, String reason) {
        Partner partner = load(partnerId);
        String why = reason == null ? "" : reason.trim();
        if (to == null || !partner.getStatus().next().contains(to)) {
            throw new BusinessRuleException("pool.error.status-move");
        }
        if (on == null || on.isAfter(records.today()) || on.isBefore(partner.getStatusSince())) {
            throw new BusinessRuleException("pool.error.status-date");
        }
        if (why.isEmpty() || why.length() > PartnerLimits.REASON) {
            throw new BusinessRuleException("pool.error.reason", PartnerLimits.REASON);
        }
        PartnerStatus from = partner.getStatus();
        records.moveTo(partner, to, on, why, actor());
        records.audit("PARTNER_STATUS_CHANGED", TenantContext.require(), actor(), partnerId, from + " → " + to + ": " + why);
    }

    /** Finance may not filter by experience category: the filter alone would reveal it. */
    private PoolFilter allowed(PoolFilter filter) {
        PoolFilter f = filter == null ? PoolFilter.none() : filter;
        if (f.experienceCategoryId() != null && isFinance()) {
            throw new AccessDeniedException("finance sees no experience categories");
        }
        return f;
    }

    private void checkInterests(PartnerProfile profile) {
        ProfileRules.known(profile.interests(), reference.existingActivityTypes(profile.interests()),
                "pool.error.unknown-activity-type");
    }

    /** Unknown and another provider's ids alike: the tenant filter finds neither; the refusal is audited. */
    private Optional<Partner> found(Long partnerId) {
        Optional<Partner> partner = partnerId == null ? Optional.empty() : records.partners.findById(partnerId);
        if (partner.isEmpty()) {
            records.refused(actor(), partnerId);
        }
        return partner;
    }

    private Partner load(Long partnerId) {
        return found(partnerId).orElseThrow(() -> new BusinessRuleException("pool.error.not-found"));
    }

    private boolean isFinance() {
        return currentUser.require().currentRole().filter(r -> r == Role.FINANCE).isPresent();
    }

    private String actor() {
        return currentUser.require().email();
    }
}
