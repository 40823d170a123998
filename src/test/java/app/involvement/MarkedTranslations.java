package app.involvement;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Pseudo-localisation for view tests: while marking is on, every text that comes from the bundles is
 * shown as {@code ⟦text⟧} (placeholders still formatted inside), so a text on screen without the marks
 * did not come from the bundles. Off, it passes everything to the application's own provider, so the
 * other view tests share this application context unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MarkedTranslations {

    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";

    @Bean
    @Primary
    Provider markedTranslationsProvider(ObjectProvider<I18NProvider> providers) {
        return new Provider(providers);
    }

    public static final class Provider implements I18NProvider {

        private final ObjectProvider<I18NProvider> providers;
        private volatile I18NProvider delegate;
        private volatile boolean marking;

        Provider(ObjectProvider<I18NProvider> providers) {
            this.providers = providers;
        }

        public void marking(boolean on) {
            marking = on;
        }

        @Override
        public List<Locale> getProvidedLocales() {
            return delegate().getProvidedLocales();
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String text = delegate().getTranslation(key, locale, params);
            return marking ? OPEN + text + CLOSE : text;
        }

        /** The application's provider if it declares one, otherwise Vaadin's default over the bundles. */
        private I18NProvider delegate() {
            if (delegate == null) {
                delegate = providers.orderedStream().filter(p -> p != this).findFirst()
                        .orElseGet(() -> new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))));
            }
            return delegate;
        }
    }
}
