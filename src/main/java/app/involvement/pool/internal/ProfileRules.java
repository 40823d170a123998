package app.involvement.pool.internal;

import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerProfile;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.EmailAddress;
import java.util.Collection;
import java.util.Set;

/**
 * The service-side check of a profile, the same rules the forms apply: throws a
 * {@link BusinessRuleException} with a bundle key before anything is stored, and returns the profile
 * trimmed and normalised (lower-case e-mail, phone as typed, spaced upper-case postcode).
 */
final class ProfileRules {

    private ProfileRules() {
    }

    /**
     * @param paymentRequired the partner must choose how to be paid; staff record a choice only when the
     *        partner has told them one, so for staff it may stay empty
     */
    static PartnerProfile check(PartnerProfile p, boolean emailRequired, boolean paymentRequired) {
        if (p == null) {
            throw new BusinessRuleException("pool.error.preferred-name", PartnerLimits.NAME);
        }
        String preferredName = trim(p.preferredName());
        if (preferredName.isEmpty() || preferredName.length() > PartnerLimits.NAME) {
            throw new BusinessRuleException("pool.error.preferred-name", PartnerLimits.NAME);
        }
        String fullName = trim(p.fullName());
        if (fullName.length() > PartnerLimits.NAME) {
            throw new BusinessRuleException("pool.error.full-name", PartnerLimits.NAME);
        }
        String pronouns = trim(p.pronouns());
        if (pronouns.length() > PartnerLimits.PRONOUNS) {
            throw new BusinessRuleException("pool.error.pronouns", PartnerLimits.PRONOUNS);
        }
        String email = trim(p.email());
        if (!email.isEmpty() || emailRequired) {
            email = EmailAddress.require(email);
        }
        String phone = trim(p.phone());
        if (!phone.isEmpty()) {
            // kept as typed (one space between groups), so staff read it as the partner wrote it
            phone = phone.replaceAll("\\s+", " ");
            if (phone.length() > PartnerLimits.PHONE || !PartnerLimits.isUkPhone(phone)) {
                throw new BusinessRuleException("pool.error.phone");
            }
        }
        String postcode = trim(p.postcode());
        if (!postcode.isEmpty()) {
            if (!PartnerLimits.isUkPostcode(postcode)) {
                throw new BusinessRuleException("pool.error.postcode");
            }
            postcode = PartnerLimits.normalisePostcode(postcode);
        }
        if (p.kind() == null) {
            throw new BusinessRuleException("pool.error.kind");
        }
        if (p.contactPreference() == null) {
            throw new BusinessRuleException("pool.error.contact");
        }
        if (p.paymentChoice() == null && paymentRequired) {
            throw new BusinessRuleException("pool.error.payment");
        }
        String accessNotes = trim(p.accessNotes());
        if (accessNotes.length() > PartnerLimits.ACCESS_NOTES) {
            throw new BusinessRuleException("pool.error.access-notes", PartnerLimits.ACCESS_NOTES);
        }
        if (p.interests().size() > PartnerLimits.MAX_CHOICES) {
            throw new BusinessRuleException("pool.error.unknown-activity-type");
        }
        return new PartnerProfile(preferredName, fullName, pronouns, email, phone, postcode, p.kind(),
                p.contactPreference(), p.paymentChoice(), p.accessNeeds(), accessNotes, p.interests());
    }

    static String notes(String notes) {
        String n = trim(notes);
        if (n.length() > PartnerLimits.STAFF_NOTES) {
            throw new BusinessRuleException("pool.error.staff-notes", PartnerLimits.STAFF_NOTES);
        }
        return n;
    }

    /** Refuses ids that are not among the provider's own: unknown and another provider's ids alike. */
    static void known(Collection<Long> ids, Set<Long> existing, String messageKey) {
        if (ids.stream().anyMatch(id -> id == null || !existing.contains(id))) {
            throw new BusinessRuleException(messageKey);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    /** The names (never the values) of the fields that differ, for the audit log. */
    static java.util.List<String> changedFields(PartnerProfile before, PartnerProfile after) {
        var changed = new java.util.ArrayList<String>();
        java.util.function.BiConsumer<String, java.util.function.Function<PartnerProfile, Object>> field = (name, get) -> {
            if (!java.util.Objects.equals(get.apply(before), get.apply(after))) {
                changed.add(name);
            }
        };
        field.accept("preferred name", PartnerProfile::preferredName);
        field.accept("full name", PartnerProfile::fullName);
        field.accept("pronouns", PartnerProfile::pronouns);
        field.accept("e-mail", PartnerProfile::email);
        field.accept("phone", PartnerProfile::phone);
        field.accept("postcode", PartnerProfile::postcode);
        field.accept("kind", PartnerProfile::kind);
        field.accept("contact preference", PartnerProfile::contactPreference);
        field.accept("payment choice", PartnerProfile::paymentChoice);
        field.accept("access needs", PartnerProfile::accessNeeds);
        field.accept("access notes", PartnerProfile::accessNotes);
        field.accept("interests", PartnerProfile::interests);
        return changed;
    }
}
