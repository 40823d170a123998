package app.involvement.shell.ui;

import app.involvement.shared.Language;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The portal's texts in English and Welsh, from {@code vaadin-i18n/translations[_cy].properties}. Any
 * other locale reads English. A key missing in Welsh shows its English text; a key missing everywhere
 * shows the bare key. Either is logged once per key and language, so a gap is found without flooding
 * the log — and a person never sees Vaadin's "!key!" placeholder.
 */
@Component
class PortalTranslations implements I18NProvider {

    static final String FOLDER = "vaadin-i18n/";

    private static final Logger LOG = LoggerFactory.getLogger(PortalTranslations.class);

    private final Map<Language, Properties> texts;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    PortalTranslations() {
        this(Map.of(Language.ENGLISH, load("translations.properties"),
                Language.WELSH, load("translations_cy.properties")));
    }

    PortalTranslations(Map<Language, Properties> texts) {
        this.texts = new EnumMap<>(texts);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Language language = Language.of(locale);
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            reportOnce(key, language);
            text = texts.get(Language.ENGLISH).getProperty(key);
            if (text == null) {
                return key;
            }
        }
        return params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
    }

    private void reportOnce(String key, Language language) {
        if (reported.add(language.code() + ':' + key)) {
            LOG.warn("No {} text for key {}: showing the English text, or the key where there is none", language, key);
        }
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (InputStream in = PortalTranslations.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
