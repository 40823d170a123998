package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.shared.Language;
import app.involvement.shared.ui.LanguageSwitch;
import app.involvement.tenancy.ProviderLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every page as it opens (DD016): the person's account setting, else the
 * choice made in this browser (cookie), else the browser's preferred language of the two, else the
 * provider's default, else English — always as en-GB or cy-GB, never the server's own locale. The
 * page's {@code <html lang>} follows, in the first response already.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private static final String RESOLVED = UiLanguage.class.getName() + ".language";

    private final CurrentUser currentUser;
    private final AccountLanguages accountLanguages;
    private final ProviderLanguage providerLanguage;

    UiLanguage(CurrentUser currentUser, AccountLanguages accountLanguages, ProviderLanguage providerLanguage) {
        this.currentUser = currentUser;
        this.accountLanguages = accountLanguages;
        this.providerLanguage = providerLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                apply(init.getUI(), languageOf(request));
            }
        });
        event.addIndexHtmlRequestListener(page -> {
            var html = page.getDocument().selectFirst("html");
            if (html != null) {
                html.attr("lang", languageOf(page.getVaadinRequest()).code());
            }
        });
    }

    private static void apply(UI ui, Language language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
    }

    /** Resolved once per request: the UI and the page's first HTML agree. */
    Language languageOf(VaadinRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Language known) {
            return known;
        }
        Language language = resolve(request);
        request.setAttribute(RESOLVED, language);
        return language;
    }

    private Language resolve(VaadinRequest request) {
        Optional<PortalUser> user = currentUser.get();
        Optional<Language> account = user.flatMap(u -> accountLanguages.of(u.userId()));
        Optional<Language> browser = cookie(request);
        if (account.isEmpty() && browser.isPresent() && user.isPresent()) {
            accountLanguages.adoptIfNone(user.get().userId(), browser.get());
        }
        return account
                .or(() -> browser)
                .or(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .or(() -> user.flatMap(PortalUser::activeTenantId).map(providerLanguage::defaultOf))
                .orElse(Language.ENGLISH);
    }

    private static Optional<Language> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> LanguageSwitch.COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }
}
