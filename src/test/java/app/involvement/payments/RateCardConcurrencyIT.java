package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two saves of overlapping rate cards at the same moment (two tabs, or two leads): exactly one card is stored and
 * the other save is told about it, many rounds over. Run it on MariaDB too ({@code -Pmariadb}).
 */
class RateCardConcurrencyIT extends IntegrationTestBase {

    private static final int ROUNDS = 8;

    @Autowired
    private RateCards rateCards;

    @BeforeEach
    @AfterEach
    void aClearTestEra() {
        RateCardFixture.forgetTestEra(jdbc);
    }

    @Test
    void twoOverlappingCardsSavedAtOnce_oneIsStored_theOtherIsRefused() throws Exception {
        Long tenant = providerId("NBU");
        Long type = RateCardFixture.activityType(jdbc, "NBU", 0);
        Authentication lead = DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.NB_LEAD);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate from = LocalDate.of(2016, 1, 1).plusDays(40L * round);
            var first = new RateCardInput(from, from.plusDays(20), 45, 0,
                    List.of(new FeeRate(type, FeeBasis.PER_HOUR, 2000, null, 0)), List.of());
            var second = new RateCardInput(from.plusDays(10), from.plusDays(30), 50, 0,
                    List.of(new FeeRate(type, FeeBasis.PER_HOUR, 2100, null, 0)), List.of());
            var outcomes = race(tenant, lead, List.of(first, second));
            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("stored", "rate-card.overlap");
            assertThat(jdbc.queryForObject("select count(*) from rate_card where tenant_id = ? and effective_from"
                    + " between ? and ?", Long.class, tenant, from, from.plusDays(10))).isOne();
        }
    }

    private List<String> race(Long tenant, Authentication lead, List<RateCardInput> cards) throws Exception {
        var go = new CountDownLatch(1);
        var outcomes = new ArrayList<String>();
        try (var threads = Executors.newFixedThreadPool(cards.size())) {
            List<Future<String>> done = new ArrayList<>();
            for (RateCardInput card : cards) {
                done.add(threads.submit(() -> {
                    go.await();
                    SecurityContextHolder.getContext().setAuthentication(lead);
                    try {
                        TenantContext.runAs(tenant, () -> rateCards.create(card));
                        return "stored";
                    } catch (BusinessRuleException refused) {
                        return refused.messageKey();
                    } catch (RuntimeException e) {
                        return e.getClass().getSimpleName() + ": " + e.getMessage();
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
