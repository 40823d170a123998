package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two finance tabs build runs at the same moment from overlapping choices, many rounds over: each time exactly one
 * run is made, the other is refused with a clear message, and no claim is in two runs. Run it on MariaDB too
 * ({@code -Pmariadb}): H2 and InnoDB lock differently.
 */
class RunConcurrencyIT extends IntegrationTestBase {

    private static final int ROUNDS = 12;

    @Autowired
    private PaymentRuns runs;

    @Test
    void twoRunsBuiltAtOnceFromOverlappingClaims_oneIsMade_theOtherRefused_noClaimInTwoRuns() throws Exception {
        Long tenant = providerId("NBU");
        var nb = new RunFixtures(jdbc, tenant);
        Authentication finance = DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_FINANCE);
        var errors = new ConcurrentLinkedQueue<String>();

        for (int round = 0; round < ROUNDS; round++) {
            Long a = nb.authorised("Race A" + round, 1000, 0, 0);
            Long shared = nb.authorised("Race Shared" + round, 2000, 0, 0);
            Long b = nb.authorised("Race B" + round, 3000, 0, 0);
            long runsBefore = jdbc.queryForObject("select count(*) from payment_run", Long.class);

            List<Object> outcomes = race(tenant, finance, List.of(List.of(a, shared), List.of(b, shared)), errors);

            assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn("runs.claim-in-run"::equals).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from payment_run", Long.class)).isEqualTo(runsBefore + 1);
            Long made = (Long) outcomes.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
            assertThat(nb.runOf(shared)).isEqualTo(made);
            assertThat(jdbc.queryForObject("select count(*) from payment_claim where run_id = ?", Long.class, made))
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("select claim_count from payment_run where id = ?", Integer.class, made))
                    .isEqualTo(2);
            assertThat(nb.runOf(a) == null ^ nb.runOf(b) == null).as("exactly one of the unshared claims ran").isTrue();
        }
        System.out.printf("%nPayment runs: %d rounds of two runs built at once, %d errors%n", ROUNDS, errors.size());
        assertThat(errors).isEmpty();
    }

    /** Both tabs create their run, released together by a latch; each outcome is a run id or a refusal key. */
    private List<Object> race(Long tenant, Authentication person, List<List<Long>> choices,
            ConcurrentLinkedQueue<String> errors) throws Exception {
        var go = new CountDownLatch(1);
        var outcomes = new ArrayList<Object>();
        try (var threads = Executors.newFixedThreadPool(choices.size())) {
            List<Future<Object>> done = new ArrayList<>();
            for (List<Long> chosen : choices) {
                done.add(threads.submit(() -> {
                    go.await();
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        return TenantContext.runAs(tenant, () -> (Object) runs.create(chosen));
                    } catch (BusinessRuleException e) {
                        return e.messageKey();
                    } catch (RuntimeException e) {
                        errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        return null;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            go.countDown();
            for (Future<Object> f : done) {
                outcomes.add(f.get());
            }
        }
        return outcomes;
    }
}
