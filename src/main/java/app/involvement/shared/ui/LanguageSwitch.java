package app.involvement.shared.ui;

import app.involvement.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.time.Duration;

/**
 * "Cymraeg" on an English page, "English" on a Welsh one: the name of the other language, in that
 * language, with its own {@code lang} so screen readers pronounce it right. Choosing it stores the choice
 * in this browser (a cookie) and on the signed-in person's account, then reloads the page in the new
 * language — a plain server round trip, so it needs no script of its own and passes the CSRF checks.
 */
public class LanguageSwitch extends Button implements LocaleChangeObserver {

    /** The browser's choice: "en" or "cy". Read by the locale resolution before sign-in (DD016). */
    public static final String COOKIE = "involvement-language";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private Language target;

    public LanguageSwitch() {
        offer(Language.of(getLocale()).other());
        addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        addClassName("language-switch");
        setId("language-switch");
        addClickListener(e -> choose(target));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        offer(Language.of(event.getLocale()).other());
    }

    private void offer(Language language) {
        target = language;
        setText(getTranslation(language.locale(), "language.switch"));
        getElement().setAttribute("lang", language.code());
    }

    private void choose(Language language) {
        rememberInBrowser(language);
        VaadinService.getCurrent().getInstantiator().getOrCreate(LanguagePreference.class).chosen(language);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(language.locale());
            ui.getPage().reload();
        });
    }

    private static void rememberInBrowser(Language language) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response == null || request == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, language.code());
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
