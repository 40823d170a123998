package app.involvement.training.internal;

import app.involvement.identity.StaffContact;
import app.involvement.identity.StaffContacts;
import app.involvement.pool.MyProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.training.NamedContact;
import app.involvement.training.NamedContactRow;
import app.involvement.training.NamedContacts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
class DefaultNamedContacts implements NamedContacts {

    private final NamedContactRepository contacts;
    private final StaffContacts staff;
    private final MyProfile myProfile;
    private final SupportPartners partners;
    private final TrainingAudit audit;
    private final NamedContactQueries queries;
    private final Clock clock;

    DefaultNamedContacts(NamedContactRepository contacts, StaffContacts staff, MyProfile myProfile,
            SupportPartners partners, TrainingAudit audit, NamedContactQueries queries, Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.staff = staff;
        this.myProfile = myProfile;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public Optional<NamedContact> mine() {
        return myProfile.id().flatMap(this::contactOf);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NamedContact> of(Long partnerId) {
        return partnerId == null ? Optional.empty() : contactOf(partnerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedContactRow> list(boolean withoutContactOnly, Pageable pageable) {
        return queries.page(withoutContactOnly, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(boolean withoutContactOnly) {
        return queries.count(withoutContactOnly);
    }

    @Override
    public void assign(Long partnerId, Long staffUserId) {
        if (!partners.exists(partnerId)) {
            throw audit.refused("partner " + partnerId);
        }
        if (staffUserId == null) {
            throw new BusinessRuleException("field.required");
        }
        StaffContact contact = staff.find(staffUserId)
                .orElseThrow(() -> new BusinessRuleException("support.contact.not-staff"));
        var existing = contacts.findByPartnerId(partnerId);
        String before = existing.map(c -> "user " + c.getStaffUserId()).orElse("none");
        existing.ifPresentOrElse(c -> c.change(staffUserId, clock.instant()),
                () -> contacts.save(new NamedContactAssignment(partnerId, staffUserId, clock.instant())));
        audit.record("NAMED_CONTACT_CHANGED", "partner " + partnerId, before + " → " + contact.email());
    }

    /** Tenant-filtered lookup, then the staff member's name and e-mail if they are still a lead or coordinator. */
    private Optional<NamedContact> contactOf(Long partnerId) {
        return contacts.findByPartnerId(partnerId)
                .flatMap(c -> staff.find(c.getStaffUserId()))
                .map(s -> new NamedContact(s.userId(), s.displayName(), s.email()));
    }
}
