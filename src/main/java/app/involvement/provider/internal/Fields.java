package app.involvement.provider.internal;

import app.involvement.shared.BusinessRuleException;

/** The service's own checks of entered text, repeating the forms' checks with the same limits and messages. */
final class Fields {

    private Fields() {
    }

    /** Trimmed text of 1..max characters. */
    static String required(String value, int max) {
        String clean = value == null ? "" : value.trim();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("field.required");
        }
        if (clean.length() > max) {
            throw new BusinessRuleException("field.too-long", max);
        }
        return clean;
    }

    static <T> T required(T value) {
        if (value == null) {
            throw new BusinessRuleException("field.required");
        }
        return value;
    }
}
