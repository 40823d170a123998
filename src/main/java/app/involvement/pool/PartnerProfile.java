package app.involvement.pool;

import java.util.Set;

/**
 * What a partner or staff member enters about a partner. Experience categories are not part of it:
 * they are kept only with separate consent ({@link MyProfile#giveConsent}).
 */
public record PartnerProfile(String preferredName, String fullName, String pronouns, String email, String phone,
        String postcode, PartnerKind kind, ContactPreference contactPreference, PaymentChoice paymentChoice,
        Set<AccessNeed> accessNeeds, String accessNotes, Set<Long> interests) {

    public PartnerProfile {
        accessNeeds = accessNeeds == null ? Set.of() : Set.copyOf(accessNeeds);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
    }

    /** A blank profile; no payment choice, which only the partner makes (staff record it when told). */
    public static PartnerProfile empty() {
        return new PartnerProfile("", "", "", "", "", "", PartnerKind.SERVICE_USER, ContactPreference.EMAIL,
                null, Set.of(), "", Set.of());
    }
}
