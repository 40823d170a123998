package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.shared.Language;
import app.involvement.shared.ui.LanguageSwitch;
import app.involvement.tenancy.ProviderLanguage;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order of DD016: account → this browser's choice → Accept-Language → provider default → English.
 * Each test removes the source above the one it checks.
 */
class UiLanguageTest {

    private static final long USER = 7L;
    private static final long PROVIDER = 3L;
    private static final PortalUser PARTNER = new PortalUser(USER, "p@example.org", "Pat", null, false, null,
            new MembershipView(11L, PROVIDER, "Northbridge University", Role.PARTNER));

    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AccountLanguages accounts = mock(AccountLanguages.class);
    private final ProviderLanguage providers = mock(ProviderLanguage.class);
    private final UiLanguage resolution = new UiLanguage(currentUser, accounts, providers);

    private final Map<String, Object> attributes = new HashMap<>();
    private String cookie;
    private String acceptLanguage;

    @BeforeEach
    void signedOut() {
        when(currentUser.get()).thenReturn(Optional.empty());
        when(accounts.of(any())).thenReturn(Optional.empty());
        when(providers.defaultOf(PROVIDER)).thenReturn(Language.WELSH);
    }

    @Test
    void nothingKnown_isEnglish() {
        assertThat(resolve()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theAccountsLanguage_comesFirst() {
        signIn();
        when(accounts.of(USER)).thenReturn(Optional.of(Language.WELSH));
        cookie = "en";
        acceptLanguage = "en-GB";
        assertThat(resolve()).isEqualTo(Language.WELSH);
    }

    @Test
    void withoutAnAccountLanguage_thisBrowsersChoice_comesNext() {
        cookie = "cy";
        acceptLanguage = "en-GB,en;q=0.9";
        assertThat(resolve()).isEqualTo(Language.WELSH);
    }

    @Test
    void aSignedInPersonWithoutALanguage_keepsTheChoiceMadeBeforeSigningIn() {
        signIn();
        cookie = "cy";
        assertThat(resolve()).isEqualTo(Language.WELSH);
        verify(accounts).adoptIfNone(USER, Language.WELSH);
    }

    @Test
    void withoutAChoice_theBrowsersPreferredLanguage_comesNext_welshFirstWhenPreferred() {
        acceptLanguage = "cy,en-GB;q=0.8";
        assertThat(resolve()).isEqualTo(Language.WELSH);
        attributes.clear();
        acceptLanguage = "en-GB,cy;q=0.8";
        assertThat(resolve()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void whenTheBrowserAsksForNeither_theProvidersDefault_comesNext_onceSignedIn() {
        acceptLanguage = "fr-FR,de;q=0.5";
        assertThat(resolve()).as("no provider before sign-in").isEqualTo(Language.ENGLISH);
        attributes.clear();
        signIn();
        assertThat(resolve()).isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownCode_inTheCookie_isNoChoice_andEndsInEnglish() {
        cookie = "xx";
        assertThat(resolve()).isEqualTo(Language.ENGLISH);
        attributes.clear();
        cookie = "%3Cscript%3E";
        acceptLanguage = "cy";
        assertThat(resolve()).as("the next source decides").isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownCode_onTheAccount_isNoChoice() {
        signIn();
        // AccountLanguages reads an unknown stored code as empty
        when(accounts.of(USER)).thenReturn(Language.fromCode("zz"));
        when(providers.defaultOf(PROVIDER)).thenReturn(Language.ENGLISH);
        assertThat(resolve()).isEqualTo(Language.ENGLISH);
        verify(accounts, never()).adoptIfNone(any(), any());
    }

    @Test
    void isResolvedOncePerRequest() {
        cookie = "cy";
        var request = request();
        assertThat(resolution.languageOf(request)).isEqualTo(Language.WELSH);
        cookie = "en";
        assertThat(resolution.languageOf(request)).isEqualTo(Language.WELSH);
    }

    private void signIn() {
        when(currentUser.get()).thenReturn(Optional.of(PARTNER));
    }

    private Language resolve() {
        return resolution.languageOf(request());
    }

    private VaadinRequest request() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenAnswer(i -> cookie == null ? null
                : new Cookie[] {new Cookie("JSESSIONID", "abc"), new Cookie(LanguageSwitch.COOKIE, cookie)});
        when(request.getHeader("Accept-Language")).thenAnswer(i -> acceptLanguage);
        when(request.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1)))
                .when(request).setAttribute(anyString(), any());
        return request;
    }
}
