package app.involvement.pool.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's own record, always found through their account: no id parameter to tamper with. */
@Service
@Transactional
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyProfile implements MyProfile {

    private static final int CONSENT_TEXT_MAX = 1000;

    private final PartnerRecords records;
    private final ReferenceData reference;
    private final CurrentUser currentUser;

    DefaultMyProfile(PartnerRecords records, ReferenceData reference, CurrentUser currentUser) {
        this.records = records;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerDetails> get() {
        return mine().map(p -> records.details(p, true, false));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> id() {
        return records.partners.findIdByUserId(user().userId());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DataSubject> dataSubject() {
        PortalUser user = user();
        return mine().map(p -> new DataSubject(TenantContext.require(), p.getId(), user.userId(),
                p.getEmail() == null || p.getEmail().isBlank() ? user.email() : p.getEmail()));
    }

    @Override
    public void save(PartnerProfile profile) {
        Partner partner = require();
        // The e-mail address is the person's login; it is changed with the account, not here.
        PartnerProfile given = profile == null ? null : new PartnerProfile(profile.preferredName(), profile.fullName(),
                profile.pronouns(), partner.getEmail(), profile.phone(), profile.postcode(), profile.kind(),
                profile.contactPreference(), profile.paymentChoice(), profile.accessNeeds(), profile.accessNotes(),
                profile.interests());
        PartnerProfile clean = ProfileRules.check(given, false, true);
        ProfileRules.known(clean.interests(), reference.existingActivityTypes(clean.interests()),
                "pool.error.unknown-activity-type");
        List<String> changed = ProfileRules.changedFields(partner.profile(records.interestIds(partner.getId())), clean);
        partner.apply(clean);
        records.setInterests(partner.getId(), clean.interests());
        if (!changed.isEmpty()) {
            records.audit("PARTNER_PROFILE_CHANGED", TenantContext.require(), user().email(), partner.getId(),
                    "by the partner: " + String.join(", ", changed));
        }
    }

    @Override
    public void giveConsent(String wordingShown, Set<Long> experienceCategories) {
        Partner partner = require();
        String wording = wordingShown == null ? "" : wordingShown.trim();
        if (wording.isEmpty() || wording.length() > CONSENT_TEXT_MAX) {
            throw new BusinessRuleException("pool.error.consent");
        }
        Set<Long> ids = experienceCategories == null ? Set.of() : Set.copyOf(experienceCategories);
        if (ids.size() > PartnerLimits.MAX_CHOICES) {
            throw new BusinessRuleException("pool.error.unknown-category");
        }
        ProfileRules.known(ids, reference.existingExperienceCategories(ids), "pool.error.unknown-category");
        boolean first = partner.getConsentGivenAt() == null;
        if (first) {
            partner.giveConsent(CONSENT_VERSION, wording, records.clock.instant());
        }
        records.setExperiences(partner.getId(), ids);
        records.audit(first ? "EXPERIENCE_CONSENT_GIVEN" : "EXPERIENCE_CATEGORIES_CHANGED", TenantContext.require(),
                user().email(), partner.getId(), first ? CONSENT_VERSION : null);
    }

    @Override
    public void withdrawConsent() {
        Partner partner = require();
        records.setExperiences(partner.getId(), Set.of());
        partner.withdrawConsent();
        records.audit("EXPERIENCE_CONSENT_WITHDRAWN", TenantContext.require(), user().email(), partner.getId(),
                "experience categories deleted");
    }

    private Optional<Partner> mine() {
        return records.partners.findByUserId(user().userId());
    }

    private Partner require() {
        return mine().orElseThrow(() -> new BusinessRuleException("pool.error.no-profile"));
    }

    private PortalUser user() {
        return currentUser.require();
    }
}
