package app.involvement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the running app: keeps its cookies, follows no redirects, and sends
 * the Fetch Metadata and Origin headers a browser would.
 */
public final class PortalClient {

    public static final String SAME_ORIGIN = "same-origin";

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public PortalClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public URI uri(String path) {
        return URI.create(origin() + "/" + path.replaceFirst("^/", ""));
    }

    /** A page load: the browser asks for HTML. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    /** A page load with request headers of the test's choosing, given as name, value, name, value… */
    public HttpResponse<String> page(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A form POST sent from a page of {@code origin}, with the Sec-Fetch-Site the browser would send. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, String origin, String fetchSite) {
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html");
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Origin", origin()).header("Sec-Fetch-Site", SAME_ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Logs in through the login page's form, as the browser does it, and returns the login response. */
    public HttpResponse<String> login(String email, String password, String origin, String fetchSite) {
        page("login");
        return postForm("login", Map.of("username", email, "password", password), origin, fetchSite);
    }

    public HttpResponse<String> login(String email) {
        return login(email, DemoLogins.PASSWORD, origin(), SAME_ORIGIN);
    }

    /** True if this client's session is signed in: the home page opens instead of sending it to the login page. */
    public boolean signedIn() {
        return page("").statusCode() == 200;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
