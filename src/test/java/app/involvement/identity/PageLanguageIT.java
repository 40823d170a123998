package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.PortalClient;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The language of the first HTML a browser gets ({@code <html lang>} and texts), from the sources of
 * DD016 in their order — over real HTTP, on a server whose own locale is en_US.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
class PageLanguageIT {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void forgetChoices() {
        jdbc.update("update user_account set language = null where email = ?", DemoLogins.NB_CARER);
        jdbc.update("update provider set default_language = null");
    }

    @ParameterizedTest(name = "cookie {0}, Accept-Language {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "-,   -,                          en",
            "-,   'cy,en-GB;q=0.8',           cy",
            "-,   'cy-GB',                    cy",
            "-,   'en-GB,en;q=0.9,cy;q=0.8',  en",
            "-,   'fr-FR,cy;q=0.5',           cy",
            "-,   'de-DE',                    en",
            "cy,  'en-GB',                    cy",
            "en,  'cy',                       en",
            "xx,  -,                          en",
            "'',  'en-US',                    en",
            "%E2%9C%93,  -,                   en",
    })
    void loginPage_speaksTheBrowsersLanguage(String cookie, String acceptLanguage, String expected) {
        withUsLocale(() -> {
            var response = new PortalClient(port).page("login", headers(cookie, acceptLanguage));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(htmlLang(response)).isEqualTo(expected);
            if (expected.equals("cy")) {
                assertThat(response.body()).contains("Mewngofnodi");
            } else {
                assertThat(response.body()).doesNotContain("Mewngofnodi");
            }
        });
    }

    @Test
    void notFoundPage_speaksTheChosenLanguageToo() {
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_CARER);
        jdbc.update("update user_account set language = 'cy' where email = ?", DemoLogins.NB_CARER);

        var response = client.page("no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(htmlLang(response)).isEqualTo("cy");
    }

    @Test
    void signedIn_theAccountsLanguage_beatsTheBrowser() {
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_CARER);
        jdbc.update("update user_account set language = 'cy' where email = ?", DemoLogins.NB_CARER);

        assertThat(htmlLang(client.page("", "Accept-Language", "en-GB"))).isEqualTo("cy");
    }

    @Test
    void signedIn_aChoiceMadeBeforeSigningIn_becomesTheAccounts() {
        var client = new PortalClient(port);
        client.page("login", "Cookie", "involvement-language=cy");
        client.login(DemoLogins.NB_CARER);

        assertThat(htmlLang(client.page("", "Cookie", "involvement-language=cy"))).isEqualTo("cy");
        assertThat(jdbc.queryForObject("select language from user_account where email = ?", String.class,
                DemoLogins.NB_CARER)).isEqualTo("cy");

        var otherBrowser = new PortalClient(port);
        otherBrowser.login(DemoLogins.NB_CARER);
        assertThat(htmlLang(otherBrowser.page("", "Accept-Language", "en-GB"))).as("another browser").isEqualTo("cy");
    }

    @Test
    void signedIn_theProvidersDefault_appliesWhenTheBrowserAsksForNeitherLanguage() {
        jdbc.update("update provider set default_language = 'cy' where short_code = 'NBU'");
        var client = new PortalClient(port);
        client.login(DemoLogins.NB_CARER);

        assertThat(htmlLang(client.page("", "Accept-Language", "pl-PL"))).isEqualTo("cy");
        assertThat(htmlLang(client.page("", "Accept-Language", "en-GB"))).as("the browser's English comes first").isEqualTo("en");
        assertThat(htmlLang(new PortalClient(port).page("login", "Accept-Language", "pl-PL")))
                .as("before sign-in there is no provider").isEqualTo("en");
    }

    private static String[] headers(String cookie, String acceptLanguage) {
        var headers = new java.util.ArrayList<String>();
        if (cookie != null) {
            headers.add("Cookie");
            headers.add("involvement-language=" + cookie);
        }
        if (acceptLanguage != null) {
            headers.add("Accept-Language");
            headers.add(acceptLanguage);
        }
        return headers.toArray(String[]::new);
    }

    private static String htmlLang(HttpResponse<String> response) {
        Matcher m = HTML_LANG.matcher(response.body());
        assertThat(m.find()).as("<html lang> in the first response").isTrue();
        return m.group(1);
    }

    private static void withUsLocale(Runnable body) {
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            body.run();
        } finally {
            Locale.setDefault(jvm);
        }
    }
}
