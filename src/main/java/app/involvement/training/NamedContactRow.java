package app.involvement.training;

/** A partner and their named contact, as the staff list shows it; the contact's fields are null when none is named. */
public record NamedContactRow(Long partnerId, String preferredName, String fullName, String contactName,
        String contactEmail) {

    public boolean hasContact() {
        return contactName != null;
    }
}
