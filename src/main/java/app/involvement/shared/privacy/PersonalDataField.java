package app.involvement.shared.privacy;

/**
 * One value held about the person.
 *
 * @param key   stable machine-readable name (lower camel case), used as the JSON key
 * @param label heading in the reader's language
 * @param value the value as the reader should see it (dates and money in UK formats); empty when not held
 */
public record PersonalDataField(String key, String label, String value) {

    public PersonalDataField {
        value = value == null ? "" : value;
    }
}
