package app.involvement.sessions.internal;

import app.involvement.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a partner's calendar feed at {@code /calendar/<provider id>/<token>.ics}, outside Vaadin and without a
 * session (DD028). Anything that is not a working link answers 404 with an empty body, whatever the reason. The
 * token is the secret: it is never logged (the request-id filter and the app log only ids, and there is no access log).
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final DefaultCalendarFeeds feeds;

    CalendarFeedController(DefaultCalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{tenant}/{token}.ics")
    ResponseEntity<String> feed(@PathVariable("tenant") String tenant, @PathVariable("token") String token) {
        Long tenantId = parse(tenant);
        if (tenantId == null) {
            return ResponseEntity.notFound().build();
        }
        return TenantContext.runAs(tenantId, () -> feeds.feed(tenantId, token))
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Long parse(String tenant) {
        if (tenant == null || !tenant.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(tenant);
    }
}
