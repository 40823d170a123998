package app.involvement.shared.privacy;

import app.involvement.shared.BundleTexts;
import app.involvement.shared.Language;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one section of a person's copy in the reader's language: the title is the bundle text
 * {@code copy.<section>}, each field's label {@code copy.<section>.<field>} (DD046). Values are written the way the
 * portal shows them: UK dates and times, pounds from whole pence, yes or no, enum values with the pages' own texts.
 */
public final class CopySection {

    private final String key;
    private final BundleTexts texts;
    private final List<List<PersonalDataField>> records = new ArrayList<>();

    private CopySection(String key, Locale locale) {
        this.key = key;
        this.texts = new BundleTexts(Language.of(locale));
    }

    public static CopySection of(String key, Locale locale) {
        return new CopySection(key, locale);
    }

    /** Starts the next record; its fields are added in the order they are written. */
    public Row row() {
        var fields = new ArrayList<PersonalDataField>();
        records.add(fields);
        return new Row(fields);
    }

    /** A page text in the reader's language, e.g. an enum value inside a list. */
    public String words(String bundleKey) {
        return texts.get(bundleKey);
    }

    public PersonalDataSection build() {
        return new PersonalDataSection(key, texts.get("copy." + key), records);
    }

    /** One record of the section. */
    public final class Row {

        private final List<PersonalDataField> fields;

        private Row(List<PersonalDataField> fields) {
            this.fields = fields;
        }

        public Row text(String field, String value) {
            fields.add(new PersonalDataField(field, texts.get("copy." + key + "." + field), value));
            return this;
        }

        public Row date(String field, LocalDate value) {
            return text(field, UkFormats.date(value, texts.language().locale()));
        }

        public Row dateTime(String field, Instant value) {
            return text(field, UkFormats.dateTime(value, texts.language().locale()));
        }

        /** A {@code datetime} column as stored by the application: UTC without a zone. */
        public Row dateTime(String field, LocalDateTime utc) {
            return dateTime(field, utc == null ? null : utc.toInstant(ZoneOffset.UTC));
        }

        public Row money(String field, Long pence) {
            return text(field, pence == null ? null : Money.format(pence, texts.language().locale()));
        }

        public Row number(String field, Number value) {
            return text(field, UkFormats.number(value, texts.language().locale()));
        }

        public Row yesNo(String field, Boolean value) {
            return text(field, value == null ? null : texts.get(value ? "copy.yes" : "copy.no"));
        }

        /** An enum value (or its name) written with the pages' text {@code prefix + name}; empty when none. */
        public Row named(String field, String prefix, Object value) {
            String name = value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString();
            return text(field, name == null || name.isBlank() ? null : texts.get(prefix + name));
        }
    }
}
