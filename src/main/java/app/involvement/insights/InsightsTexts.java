package app.involvement.insights;

import java.util.Locale;

/** Bundle texts in one language: a page's {@code getTranslation} or {@link app.involvement.shared.BundleTexts}. */
public interface InsightsTexts {

    String get(String key, Object... arguments);

    Locale locale();
}
