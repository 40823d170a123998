package app.involvement.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.PortalClient;
import app.involvement.identity.PortalUser;
import app.involvement.identity.internal.DemoAuthenticatorApp;
import app.involvement.identity.internal.TwoStepTestConfig;
import app.involvement.sessions.CalendarFeeds;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.Sessions;
import app.involvement.tenancy.TenantContext;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The private calendar feed over HTTP, signed out as a phone calendar asks for it: a working link lists the partner's
 * confirmed sessions (METHOD:PUBLISH) without creating a session; a replaced or revoked link, a malformed one, and a
 * working token under another provider's id all answer 404 with nothing in the body. Only the hash is stored.
 * (Same Spring setup as the browser tests, so they share one running app.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"
})
@Import(TwoStepTestConfig.class)
class CalendarFeedIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    private int port;
    @Autowired
    private AuthenticationProvider authenticationProvider;
    @Autowired
    private DemoAuthenticatorApp authenticatorApp;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CalendarFeeds feeds;
    @Autowired
    private Sessions sessions;
    @Autowired
    private SessionOfferRepository offers;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        feedsOf(DemoLogins.NB_PARTNER).revoke();
        feedsOf(DemoLogins.SM_PARTNER).revoke();
    }

    @Test
    void workingLink_listsTheConfirmedSessions_asPublish_withoutASession() throws Exception {
        Long tenant = tenant("NBU");
        Long partner = partnerOf(DemoLogins.NB_PARTNER);
        String confirmedTitle = "Feed confirmed " + System.nanoTime();
        String offeredTitle = "Feed offered " + System.nanoTime();
        Long confirmed = session(tenant, confirmedTitle);
        Long offered = session(tenant, offeredTitle);
        SessionMailFixtures.offer(transactions, events, offers, tenant, confirmed, partner, OfferStatus.CONFIRMED, null);
        SessionMailFixtures.offer(transactions, events, offers, tenant, offered, partner, OfferStatus.OFFERED, null);

        String link = as(DemoLogins.NB_PARTNER, feeds::create);
        assertThat(link).matches("http://localhost:8080/calendar/" + tenant + "/[A-Za-z0-9_-]{43}\\.ics");

        HttpResponse<String> response = get(link);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a calendar").isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents()).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains(confirmedTitle).doesNotContain(offeredTitle);
        assertThat(calendar.<VEvent>getComponents()).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .contains("session-" + confirmed + "-" + tenant + "@localhost");
    }

    @Test
    void onlyTheHashIsStored_andMakingAndStoppingAreAudited() {
        String link = as(DemoLogins.NB_PARTNER, feeds::create);
        String token = token(link);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ? and revoked_at is null",
                Long.class, FeedTokens.hash(token))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ?", Long.class, token))
                .isZero();
        assertThat(as(DemoLogins.NB_PARTNER, feeds::activeSince)).isPresent();
        as(DemoLogins.NB_PARTNER, () -> {
            feeds.revoke();
            return null;
        });
        assertThat(as(DemoLogins.NB_PARTNER, feeds::activeSince)).isEmpty();
        Long partner = partnerOf(DemoLogins.NB_PARTNER);
        assertThat(jdbc.queryForList("select event_type from audit_entry where subject = ? order by id",
                String.class, "partner " + partner)).contains("CALENDAR_FEED_CREATED", "CALENDAR_FEED_REVOKED");
    }

    @Test
    void replacedOrRevokedLink_answers404_withNothingInTheBody() {
        String first = as(DemoLogins.NB_PARTNER, feeds::create);
        String second = as(DemoLogins.NB_PARTNER, feeds::create);

        assertNotFound(get(first));
        assertThat(get(second).statusCode()).isEqualTo(200);

        as(DemoLogins.NB_PARTNER, () -> {
            feeds.revoke();
            return null;
        });
        assertNotFound(get(second));
    }

    @Test
    void workingTokenUnderAnotherProvidersId_orMalformed_answers404() {
        String link = as(DemoLogins.NB_PARTNER, feeds::create);
        String token = token(link);
        Long southmoor = tenant("SMC");

        assertNotFound(get("/calendar/" + southmoor + "/" + token + ".ics"));
        assertNotFound(get("/calendar/999999999/" + token + ".ics"));
        assertNotFound(get("/calendar/abc/" + token + ".ics"));
        assertNotFound(get("/calendar/" + tenant("NBU") + "/" + token.substring(1) + "x.ics"));
        assertNotFound(get("/calendar/" + tenant("NBU") + "/short.ics"));
        assertThat(get(link).statusCode()).isEqualTo(200);
    }

    @Test
    void eachPartnerSeesOnlyTheirOwnLink_andStaffCannotMakeOne() {
        as(DemoLogins.NB_PARTNER, feeds::create);

        assertThat(as(DemoLogins.SM_PARTNER, feeds::activeSince)).isEmpty();
        assertThat(as(DemoLogins.NB_CARER, feeds::activeSince)).isEmpty();
        as(DemoLogins.SM_PARTNER, () -> {
            feeds.revoke();
            return null;
        });
        assertThat(as(DemoLogins.NB_PARTNER, feeds::activeSince)).as("another partner cannot stop it").isPresent();
        assertThatThrownBy(() -> as(DemoLogins.NB_COORDINATOR, feeds::create)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    private HttpResponse<String> get(String linkOrPath) {
        return new PortalClient(port).get(linkOrPath.replaceFirst("^https?://[^/]+", ""));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
    }

    private Long session(Long tenant, String title) {
        return as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionMailFixtures.input(jdbc, tenant, title,
                TODAY.plusDays(7), LocalTime.of(13, 0), 2)));
    }

    private Long tenant(String code) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
    }

    private Long partnerOf(String email) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " join membership m on m.user_id = u.id and m.tenant_id = p.tenant_id where u.email = ?", Long.class,
                email);
    }

    private CalendarFeeds feedsOf(String email) {
        return new CalendarFeeds() {
            @Override
            public java.util.Optional<java.time.Instant> activeSince() {
                return as(email, feeds::activeSince);
            }

            @Override
            public String create() {
                return as(email, feeds::create);
            }

            @Override
            public void revoke() {
                as(email, () -> {
                    feeds.revoke();
                    return null;
                });
            }
        };
    }

    private <T> T as(String email, Supplier<T> body) {
        var auth = DemoLogins.login(authenticationProvider, authenticatorApp, email);
        SecurityContextHolder.getContext().setAuthentication(auth);
        PortalUser user = DemoLogins.user(auth);
        try {
            return TenantContext.runAs(user.activeTenantId().orElse(null), body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
