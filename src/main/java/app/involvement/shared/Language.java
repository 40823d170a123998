package app.involvement.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks, always in their UK form whatever the server's own locale is.
 * A stored code is the bare language ("en", "cy"); anything else read back is unknown and means English.
 */
public enum Language {

    ENGLISH("en", Locale.forLanguageTag("en-GB")),
    WELSH("cy", Locale.forLanguageTag("cy-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code stored on accounts, providers and in the browser's cookie. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == ENGLISH ? WELSH : ENGLISH;
    }

    /** "cy", "cy-GB", "EN", "en-US" … → the language; unknown, blank or null → empty. */
    public static Optional<Language> fromCode(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank() || codeOrTag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(codeOrTag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.code.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale; an unsupported locale means English. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : fromCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /** Code read from storage → language, English when unknown or empty. */
    public static Language ofCode(String code) {
        return fromCode(code).orElse(ENGLISH);
    }

    /**
     * The first supported language of an {@code Accept-Language} header, in the browser's order of
     * preference: "cy, en;q=0.8" is Welsh, "en-GB, cy;q=0.5" English, "fr" none.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(r -> r.getWeight() > 0)
                .map(r -> fromCode(r.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public static List<Locale> locales() {
        return List.of(ENGLISH.locale, WELSH.locale);
    }
}
