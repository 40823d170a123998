package app.involvement.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The portal under a mix of people (DD020, DD031, DD037): partners keeping their availability, accepting an offer or
 * sending a payment claim, coordinators working the 10,000-partner pool or approving claims, and a rush of people
 * signing in. Closed model for the journeys (each finished
 * person is replaced by a new one, holding the concurrency), open model for the rush.
 *
 * <p>Properties: {@code load.users} concurrent journeys (default 50; 40 % partners keeping their availability, 20 %
 * partners accepting an offer, 10 % partners sending a claim, 25 % coordinators working the pool, 5 % coordinators
 * approving claims),
 * {@code load.ramp} and {@code load.hold} seconds, {@code load.rush} logins within one minute (default 100; 0 for none),
 * {@code load.think} think-time scale, {@code load.baseUrl}. A person whose step fails stops there (the
 * failure is counted once), as a person would start again rather than click on in a broken page.
 */
public class PortalMixSimulation extends Simulation {

    static final int USERS = Integer.getInteger("load.users", 50);
    static final int RAMP = Integer.getInteger("load.ramp", 60);
    static final int HOLD = Integer.getInteger("load.hold", 180);
    static final int RUSH = Integer.getInteger("load.rush", 100);
    static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"};
    /** Part-of-day keys of the weekday checkbox groups (morning, afternoon, evening). */
    static final List<String> PARTS = List.of("1", "2", "3");
    /** Partner logins of the large provider kept for the availability journey; the rest accept offers. */
    static final int AVAILABILITY_LOGINS = BenchmarkData.LARGE_PARTNER_LOGINS * 3 / 5;
    /** My sessions lists the offers waiting first; the first link to one offer is to a waiting one. */
    static final CheckBuilder OFFERS_WAITING = substring("\"value\":\"my-sessions-waiting\"");
    static final CheckBuilder.Final OFFER_LINK = regex("\"key\":\"href\",\"feat\":\\d+,\"value\":\"my-sessions/(\\d+)\"");
    static final String ACCEPT = "my-offer-accept";
    /** After accepting, the offer's page shows how to give up the place (or the backup slot). */
    static final CheckBuilder ACCEPTED = substring("\"value\":\"my-offer-withdraw\"");
    /** A partner's claim and a claim awaiting approval, as links in My claims and in the claims grid (DD037). */
    static final String MY_CLAIM_LINK = "\"value\":\"my-claims/(\\d+)\"";
    static final String CLAIM_LINK = "href\":\"payment-claims/(\\d+)\"";
    /** Sent, or refused because another tab or person got there first: both are the portal answering properly. */
    static final CheckBuilder CLAIM_SENT = regex("Your claim has been sent|already been submitted");
    static final CheckBuilder CLAIM_APPROVED = regex("is approved|not at that step any more");
    static final String[] SEARCHES = {"Kim", "Alex 1", "Sue", "Raj 4", "Val", "Mo 77", "Bea", "Tam 1", "Ola", "Hal 2"};

    private final Thinking think = Thinking.fromProperties();

    HttpProtocolBuilder protocol = http.baseUrl(Portal.BASE_URL)
            .disableFollowRedirect()
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) involvement-load-benchmark");

    /** (a) A partner signs in, reads My profile, changes a weekday's availability, saves and signs out. */
    ScenarioBuilder partner = scenario("partner: profile and availability")
            .feed(accounts(() -> IntStream.range(0, AVAILABILITY_LOGINS)
                    .mapToObj(i -> BenchmarkData.partnerEmail(BenchmarkData.LARGE, i))))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.home())
            .exec(think.glance())
            .exec(Vaadin.navigate("my profile", "my-profile", Vaadin.nodeOf("my-profile-save", "profileSave")))
            .exec(think.reading())
            .exec(s -> s.set("day", DAYS[ThreadLocalRandom.current().nextInt(DAYS.length)]).set("parts", someParts()))
            .exec(Vaadin.navigate("my availability", "my-availability",
                    Vaadin.nodeOf(s -> "availability-" + s.getString("day"), "dayNode"),
                    Vaadin.nodeOf("availability-save", "availabilitySave")))
            .exec(think.reading())
            .exec(Vaadin.uidl("availability tick", "[" + Vaadin.sync("dayNode", "#{parts}") + "]"))
            .exec(think.glance())
            .exec(Vaadin.click("availability save", "availabilitySave",
                    substring("Your usual times have been saved")))
            .exec(think.glance())
            .exec(Portal.logOut()));

    /**
     * (d) A partner signs in, opens My sessions, opens an offer waiting for them and accepts it (a place, or a backup
     * slot when the places are gone), then signs out. Each login has {@link BenchmarkData#OFFERS_PER_LOGIN} offers.
     */
    ScenarioBuilder offers = scenario("partner: accept an offer")
            .feed(accounts(() -> IntStream.range(AVAILABILITY_LOGINS, BenchmarkData.LARGE_PARTNER_LOGINS)
                    .mapToObj(i -> BenchmarkData.partnerEmail(BenchmarkData.LARGE, i))))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.home())
            .exec(think.glance())
            .exec(Vaadin.navigate("my sessions", "my-sessions", OFFERS_WAITING, OFFER_LINK.saveAs("offerId")))
            .exec(think.reading())
            .exec(Vaadin.navigate("offer details", "my-sessions/#{offerId}", Vaadin.nodeOf(ACCEPT, "acceptNode")))
            .exec(think.reading())
            .exec(Vaadin.click("offer accept", "acceptNode", ACCEPTED))
            .exec(think.glance())
            .exec(Portal.logOut()));

    /** (b) A coordinator signs in with a code, searches the big pool, opens a partner, asks who is free. */
    ScenarioBuilder coordinator = scenario("coordinator: pool and who is free")
            .feed(accounts(() -> IntStream.range(0, BenchmarkData.COORDINATORS).mapToObj(BenchmarkData::coordinatorEmail)))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.secondStep(think))
            .exec(Portal.home())
            .exec(think.glance())
            .exec(Vaadin.navigate("pool", "partners", Vaadin.nodeOf("pool-search", "searchNode"),
                    substring("updateSize")))
            .exec(think.typing())
            .exec(s -> s.set("search", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
            .exec(Vaadin.uidl("pool search", "[" + Vaadin.sync("searchNode", "\"#{search}\"") + "]",
                    regex("\\d+ partners? match"),
                    // the name column's LitRenderer sends each row's link as a row value ("…href":"partners/123")
                    regex("href\":\"partners/(\\d+)\"").findRandom().saveAs("partnerId")))
            .exec(think.glance())
            .exec(Vaadin.navigate("partner details", "partners/#{partnerId}", substring("Change status")))
            .exec(think.reading())
            .exec(Vaadin.navigate("who is free", "who-is-free", Vaadin.nodeOf("free-find", "findNode"),
                    substring("updateSize")))
            .exec(think.reading())
            .exec(Vaadin.click("who is free find", "findNode", substring("updateSize")))
            .exec(think.reading())
            .exec(Portal.logOut()));

    /**
     * (e) A partner with claims signs in, opens My claims and one of their claims; if it is a draft, ticks the
     * declaration and sends it (half of each login's claims start as drafts); then signs out.
     */
    ScenarioBuilder claims = scenario("partner: send a claim")
            .feed(accounts(() -> IntStream.range(0, BenchmarkData.CLAIM_LOGINS)
                    .mapToObj(i -> BenchmarkData.partnerEmail(BenchmarkData.LARGE, BenchmarkData.LARGE_PARTNER_LOGINS + i))))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.home())
            .exec(think.glance())
            .exec(s -> s.remove("submitNode"))
            .exec(Vaadin.navigate("my claims", "my-claims", regex(MY_CLAIM_LINK).findRandom().saveAs("claimId")))
            .exec(think.reading())
            .exec(Vaadin.navigate("my claim", "my-claims/#{claimId}", Vaadin.optionalNodeOf("claim-declaration",
                    "declarationNode"), Vaadin.optionalNodeOf("claim-submit", "submitNode")))
            .exec(think.reading())
            .doIf(s -> s.contains("submitNode")).then(exec(Vaadin.uidl("claim submit",
                    "[" + Vaadin.syncChecked("declarationNode") + "," + Vaadin.clickRpc("submitNode") + "]", CLAIM_SENT))
                    .exec(think.glance()))
            .exec(Portal.logOut()));

    /**
     * (f) A coordinator signs in with a code, opens the claims awaiting approval, opens one and approves it (unless
     * another coordinator just did), then signs out.
     */
    ScenarioBuilder approvals = scenario("coordinator: approve a claim")
            .feed(accounts(() -> IntStream.range(0, BenchmarkData.COORDINATORS)
                    .mapToObj(i -> BenchmarkData.coordinatorEmail(BenchmarkData.COORDINATORS - 1 - i))))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.secondStep(think))
            .exec(Portal.home())
            .exec(think.glance())
            .exec(s -> s.remove("approveNode"))
            .exec(Vaadin.navigate("claims awaiting approval", "payment-claims", substring("updateSize"),
                    regex(CLAIM_LINK).findRandom().saveAs("claimId")))
            .exec(think.reading())
            .exec(Vaadin.navigate("claim details", "payment-claims/#{claimId}",
                    Vaadin.optionalNodeOf("claim-approve", "approveNode")))
            .exec(think.reading())
            .doIf(s -> s.contains("approveNode")).then(exec(Vaadin.click("claim approve", "approveNode",
                    CLAIM_APPROVED)).exec(think.glance()))
            .exec(Portal.logOut()));

    /** (c) People of the small provider signing in within a minute and landing on their home page. */
    ScenarioBuilder rush = scenario("login rush")
            .feed(accounts(() -> IntStream.range(0, BenchmarkData.SMALL_PARTNER_LOGINS)
                    .mapToObj(i -> BenchmarkData.partnerEmail(BenchmarkData.SMALL, i))))
            .exitBlockOnFail().on(exec(Portal.logIn(think))
            .exec(Portal.home()));

    {
        int coordinators = Math.max(1, Math.round(USERS * 0.25f));
        int accepting = Math.max(1, Math.round(USERS * 0.2f));
        int claiming = Math.max(1, Math.round(USERS * 0.1f));
        int approving = Math.max(1, Math.round(USERS * 0.05f));
        int partners = Math.max(1, USERS - coordinators - accepting - claiming - approving);
        List<PopulationBuilder> populations = new ArrayList<>(List.of(
                partner.injectClosed(rampConcurrentUsers(0).to(partners).during(RAMP),
                        constantConcurrentUsers(partners).during(HOLD)),
                offers.injectClosed(rampConcurrentUsers(0).to(accepting).during(RAMP),
                        constantConcurrentUsers(accepting).during(HOLD)),
                coordinator.injectClosed(rampConcurrentUsers(0).to(coordinators).during(RAMP),
                        constantConcurrentUsers(coordinators).during(HOLD)),
                claims.injectClosed(rampConcurrentUsers(0).to(claiming).during(RAMP),
                        constantConcurrentUsers(claiming).during(HOLD)),
                approvals.injectClosed(rampConcurrentUsers(0).to(approving).during(RAMP),
                        constantConcurrentUsers(approving).during(HOLD))));
        if (RUSH > 0) {
            populations.add(rush.injectOpen(nothingFor(Duration.ofSeconds(RAMP + 30L)), rampUsers(RUSH).during(60)));
        }
        setUp(populations)
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + HOLD + 600L));
    }

    /** A random non-empty set of parts of the day, as the JSON array of checkbox keys the group sends. */
    private static String someParts() {
        var random = ThreadLocalRandom.current();
        List<String> chosen = PARTS.stream().filter(p -> random.nextBoolean()).toList();
        if (chosen.isEmpty()) {
            chosen = List.of(PARTS.get(random.nextInt(PARTS.size())));
        }
        return chosen.stream().map(p -> "\"" + p + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** Accounts handed out in turn, round and round: two people use the same login only when all are busy. */
    private static Iterator<Map<String, Object>> accounts(Supplier<Stream<String>> emails) {
        List<String> all = emails.get().toList();
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email", all.get(Math.floorMod(next.getAndIncrement(),
                all.size())))).iterator();
    }
}
