package app.involvement.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two partners accept the last place at the same moment, many rounds over: each time exactly one gets the place
 * and the other becomes the first backup, with no error. Run it on MariaDB too ({@code -Pmariadb}): H2 and InnoDB
 * lock differently.
 */
class LastPlaceConcurrencyIT extends IntegrationTestBase {

    private static final int ROUNDS = 15;

    @Autowired
    private Offers offers;

    @Autowired
    private Sessions sessions;

    @Test
    void twoPartnersAcceptingTheLastPlaceAtOnce_oneGetsIt_theOtherIsTheBackup() throws Exception {
        Long tenant = providerId("NBU");
        var nb = new SessionFixtures(jdbc, tenant);
        Long type = nb.activityType();
        Long sam = nb.partnerByEmail(DemoLogins.NB_PARTNER);
        Long carer = nb.partnerByEmail(DemoLogins.NB_CARER);
        List<Authentication> people = List.of(DemoLogins.login(authenticationProvider, DemoLogins.NB_PARTNER),
                DemoLogins.login(authenticationProvider, DemoLogins.NB_CARER));
        var errors = new ConcurrentLinkedQueue<String>();

        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = LocalDate.now().plusDays(1500 + SessionFixtures.unique() % 300);
            Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(SessionFixtures.input(nb.programme(),
                    type, day, LocalTime.of(10, 0), 60, 1, 2, OfferMode.FIRST_COME, SessionKind.INVOLVEMENT, Set.of())));
            Long someoneElse = nb.partner("Already placed", null);
            nb.offer(session, someoneElse, OfferStatus.CONFIRMED);
            List<Long> offerIds = List.of(openOffer(nb, session, sam), openOffer(nb, session, carer));
            var outcomes = race(tenant, people, offerIds, errors);

            assertThat(outcomes).containsExactlyInAnyOrder(AcceptOutcome.CONFIRMED, AcceptOutcome.BACKUP);
            assertThat(jdbc.queryForObject("select count(*) from session_offer where session_id = ?"
                    + " and status = 'CONFIRMED'", Long.class, session)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select backup_rank from session_offer where session_id = ?"
                    + " and status = 'BACKUP'", Integer.class, session)).isOne();
        }
        System.out.printf("%nLast place: %d rounds of two partners accepting at once, %d errors%n", ROUNDS,
                errors.size());
        assertThat(errors).isEmpty();
    }

    private Long openOffer(SessionFixtures nb, Long session, Long partner) {
        Long offer = nb.offer(session, partner, OfferStatus.OFFERED);
        jdbc.update("update session_offer set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().plusSeconds(3600)), offer);
        return offer;
    }

    /** Both partners accept their own offer, released together by a latch. */
    private List<AcceptOutcome> race(Long tenant, List<Authentication> people, List<Long> offerIds,
            ConcurrentLinkedQueue<String> errors) throws Exception {
        var go = new CountDownLatch(1);
        var outcomes = new ArrayList<AcceptOutcome>();
        try (var threads = Executors.newFixedThreadPool(people.size())) {
            List<Future<AcceptOutcome>> done = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Authentication person = people.get(i);
                Long offer = offerIds.get(i);
                done.add(threads.submit(() -> {
                    go.await();
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        return TenantContext.runAs(tenant, () -> offers.accept(offer));
                    } catch (RuntimeException e) {
                        errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        return null;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            go.countDown();
            for (Future<AcceptOutcome> f : done) {
                outcomes.add(f.get());
            }
        }
        return outcomes;
    }
}
