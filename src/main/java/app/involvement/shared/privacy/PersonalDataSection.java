package app.involvement.shared.privacy;

import java.util.List;

/**
 * One kind of data held about the person (e.g. "Claims"), already in the reader's language: a list of records,
 * each a list of fields. Printed as a table or list in the PDF and written as an array of objects in the JSON.
 *
 * @param key     stable name (lower camel case), the JSON property
 * @param title   heading
 * @param records what is held, oldest first; empty when nothing is held
 */
public record PersonalDataSection(String key, String title, List<List<PersonalDataField>> records) {

    public PersonalDataSection {
        records = records.stream().map(List::copyOf).toList();
    }
}
