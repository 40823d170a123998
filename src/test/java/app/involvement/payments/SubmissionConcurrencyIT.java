package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A claim submitted twice at the same moment (a double click, two tabs, a coordinator and the lead): each round
 * exactly one submission goes through and the other gets the clear "already submitted" message, with no other
 * error and one audit entry. Run it on MariaDB too ({@code -Pmariadb}): H2 and InnoDB lock differently.
 */
class SubmissionConcurrencyIT extends IntegrationTestBase {

    private static final int ROUNDS = 12;
    private static final String SUBMITTED = "submitted";

    @Autowired
    private Attendances attendances;

    @Autowired
    private Claims claims;

    @Autowired
    private MyClaims myClaims;

    @Test
    void twoSubmissionsAtOnce_oneGoesThrough_theOtherIsToldItIsAlreadySubmitted() throws Exception {
        Long tenant = providerId("NBU");
        var nb = new PaymentFixtures(jdbc, tenant);
        var errors = new ConcurrentLinkedQueue<String>();
        List<Authentication> tabs = List.of(
                DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_COORDINATOR),
                DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_COORDINATOR),
                DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_LEAD));

        for (int round = 0; round < ROUNDS; round++) {
            Long claim = draftClaim(nb);
            // two tabs of one coordinator, or a coordinator and the lead
            List<Authentication> people = round % 2 == 0 ? tabs.subList(0, 2) : tabs.subList(1, 3);
            List<String> outcomes = race(tenant, people, id -> claims.submit(id, true), claim, errors);

            assertThat(outcomes).containsExactlyInAnyOrder(SUBMITTED, "payments.claim.already-submitted");
            assertThat(nb.status(claim)).isEqualTo("SUBMITTED");
            assertThat(nb.auditCount("CLAIM_SUBMITTED", claim)).isOne();
        }
        System.out.printf("%nClaim submission: %d rounds of two submissions at once, %d errors%n", ROUNDS,
                errors.size());
        assertThat(errors).isEmpty();
    }

    /**
     * The partner's own two tabs through "My claims": one submission goes through, the other is refused with a
     * clear message (whatever isolation that service runs at) and nothing else goes wrong.
     */
    @Test
    void thePartnersTwoTabs_submitOnce() throws Exception {
        Long tenant = providerId("NBU");
        var nb = new PaymentFixtures(jdbc, tenant);
        Long partner = jdbc.queryForObject("select id from partner where tenant_id = ? and email = ?", Long.class,
                tenant, DemoLogins.NB_PARTNER);
        var errors = new ConcurrentLinkedQueue<String>();
        Authentication tab = DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_PARTNER);
        for (int round = 0; round < ROUNDS / 2; round++) {
            LocalDate day = PaymentFixtures.pastDay();
            Long type = nb.activityType();
            nb.fee(day, type, FeeBasis.PER_HOUR, 1800, null, 0);
            Long session = nb.session(day, type, 60);
            Long offer = nb.place(session, partner);
            as(DemoLogins.NB_COORDINATOR, () -> {
                attendances.record(session, Map.of(offer, Attendance.ATTENDED));
                attendances.complete(session);
            });
            Long claim = nb.claimOf(session, partner);
            jdbc.update("update payment_claim set route = 'FEE', fee_pence = 1800 where id = ?", claim);
            List<String> outcomes = race(tenant, List.of(tab, tab), id -> myClaims.submit(id, true), claim, errors);

            assertThat(outcomes).contains(SUBMITTED).hasSize(2).filteredOn(SUBMITTED::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !SUBMITTED.equals(o))
                    .allMatch(o -> o.equals("payments.claim.already-submitted") || o.equals("payments.claim.wrong-step"));
            assertThat(nb.status(claim)).isEqualTo("SUBMITTED");
            assertThat(nb.auditCount("CLAIM_SUBMITTED", claim)).isOne();
        }
        assertThat(errors).isEmpty();
    }

    private Long draftClaim(PaymentFixtures nb) {
        LocalDate day = PaymentFixtures.pastDay();
        Long type = nb.activityType();
        nb.fee(day, type, FeeBasis.PER_HOUR, 1800, null, 0);
        Long session = nb.session(day, type, 60);
        Long partner = nb.partner("Racing Partner", "FEE");
        Long offer = nb.place(session, partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, Map.of(offer, Attendance.ATTENDED));
            attendances.complete(session);
        });
        return nb.claimOf(session, partner);
    }

    /** Both submit the same claim, released together by a latch; each answer is "submitted" or the message key. */
    private List<String> race(Long tenant, List<Authentication> people, Consumer<Long> submit, Long claim,
            ConcurrentLinkedQueue<String> errors) throws Exception {
        var go = new CountDownLatch(1);
        var outcomes = new ArrayList<String>();
        try (var threads = Executors.newFixedThreadPool(people.size())) {
            List<Future<String>> done = new ArrayList<>();
            for (Authentication person : people) {
                done.add(threads.submit(() -> {
                    go.await();
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        TenantContext.runAs(tenant, () -> submit.accept(claim));
                        return SUBMITTED;
                    } catch (BusinessRuleException refused) {
                        return refused.messageKey();
                    } catch (RuntimeException e) {
                        errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        return null;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            go.countDown();
            for (Future<String> f : done) {
                outcomes.add(f.get());
            }
        }
        return outcomes;
    }
}
