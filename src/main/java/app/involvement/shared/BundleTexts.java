package app.involvement.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * The page texts ({@code vaadin-i18n/translations*.properties}) in one language, for work done outside a page:
 * evidence tables, PDF and CSV files made for a chosen language.
 */
public final class BundleTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Language language;
    private final ResourceBundle bundle;

    public BundleTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, language.locale()).format(args);
    }

    public String day(LocalDate day) {
        return day == null ? "" : UkFormats.date(day, language.locale());
    }

    public String number(Number number) {
        return UkFormats.number(number, language.locale());
    }
}
