package app.involvement.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Vaadin Flow client's side of the protocol, as a browser speaks it: a page load answers with the
 * first UIDL inlined in the HTML (eager bootstrap), carrying the UI id, the CSRF token
 * ({@code Vaadin-Security-Key}), the sync id and client id; every later round trip is a JSON POST to
 * {@code ?v-r=uidl} that sends them back and receives the next ones. Components are found by the
 * {@code id} attribute their view gives them, in the state-tree changes of the response.
 *
 * <p>The session cookie is {@code Secure} (production profile) and Gatling keeps such a cookie from
 * plain-HTTP requests, while browsers send it to {@code http://localhost}; so the client carries it
 * itself, as the browser would, from every {@code Set-Cookie}.
 */
final class Vaadin {

    static final String SESSION = "sid";
    static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":20,\"event.clientY\":20,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":120,\"event.screenX\":40}";

    private Vaadin() {
    }

    /** A page load (HTML) of {@code path}; the new UI's ids and tokens go into the Gatling session. */
    static HttpRequestActionBuilder page(String name, String path, CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(status().is(200),
                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                regex("\"syncId\":(-?\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId")));
        checks.addAll(List.of(more));
        return withCookie(http(name).get(path)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document"))
                .check(checks.toArray(CheckBuilder[]::new));
    }

    /** One UIDL round trip with these RPC invocations (a JSON array; Gatling EL allowed) in a live session. */
    static HttpRequestActionBuilder uidl(String name, String rpc, CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(substring("sessionExpired").notExists()));
        checks.addAll(List.of(more));
        return uidlEndingSession(name, rpc, checks.toArray(CheckBuilder[]::new));
    }

    /** A round trip that may end the session (logging out): the server says so instead of refusing it. */
    static HttpRequestActionBuilder uidlEndingSession(String name, String rpc, CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(status().is(200),
                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId"),
                substring("appError").notExists()));
        checks.addAll(List.of(more));
        return withCookie(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Origin", Portal.BASE_URL).header("Sec-Fetch-Site", "same-origin")
                .header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Dest", "empty")
                .body(StringBody(
                        "{\"csrfToken\":\"#{csrf}\",\"rpc\":" + rpc + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}")))
                .check(checks.toArray(CheckBuilder[]::new));
    }

    /** The router's navigation event, as a click on a menu item or router link sends it. */
    static HttpRequestActionBuilder navigate(String name, String route, CheckBuilder... more) {
        return uidl(name, "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}]", more);
    }

    /** After a page load the client tells the server's router where it is; the first round trip of every page. */
    static ChainBuilder connect(String name, String route) {
        return exec(navigate(name, route));
    }

    static HttpRequestActionBuilder click(String name, String nodeVariable, CheckBuilder... more) {
        return uidl(name, "[" + clickRpc(nodeVariable) + "]", more);
    }

    /** A property the browser synchronises (a field's value), then optionally a click in the same round trip. */
    static String sync(String nodeVariable, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":#{" + nodeVariable + "},\"feature\":1,\"property\":\"value\",\"value\":"
                + jsonValue + "}";
    }

    /** A checkbox ticked (its {@code checked} property), as the browser synchronises it. */
    static String syncChecked(String nodeVariable) {
        return "{\"type\":\"mSync\",\"node\":#{" + nodeVariable + "},\"feature\":1,\"property\":\"checked\","
                + "\"value\":true}";
    }

    static String clickRpc(String nodeVariable) {
        return "{\"type\":\"event\",\"node\":#{" + nodeVariable + "},\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    /** Saves the state-tree node id of the component with this {@code id} attribute. */
    static CheckBuilder nodeOf(String componentId, String variable) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + componentId + "\"")
                .saveAs(variable);
    }

    /** As {@link #nodeOf(String, String)}, for a component the page may not have (then the variable is not set). */
    static CheckBuilder optionalNodeOf(String componentId, String variable) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + componentId + "\"")
                .optional().saveAs(variable);
    }

    static CheckBuilder nodeOf(Function<Session, String> componentId, String variable) {
        return regex(s -> "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\""
                + componentId.apply(s) + "\"").saveAs(variable);
    }

    /** Every response may set a new session id (login, second step); keep the latest. */
    static CheckBuilder sessionCookie() {
        return headerRegex("Set-Cookie", "JSESSIONID=([^;]+)").optional().saveAs(SESSION);
    }

    static HttpRequestActionBuilder withCookie(HttpRequestActionBuilder request) {
        return request.header("Cookie", s -> s.contains(SESSION) ? "JSESSIONID=" + s.getString(SESSION) : "x=")
                .check(sessionCookie());
    }
}
