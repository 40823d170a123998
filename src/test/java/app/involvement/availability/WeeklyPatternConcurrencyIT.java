package app.involvement.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.tenancy.TenantContext;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two sessions of one partner save different weekly patterns at the same moment, many times over: every
 * save succeeds, and afterwards the pattern is exactly one of the two (no mixture, no duplicate-key error,
 * no lock timeout). Run it on MariaDB too ({@code -Pmariadb}): H2 and InnoDB lock differently.
 */
class WeeklyPatternConcurrencyIT extends IntegrationTestBase {

    private static final int ROUNDS = 60;

    private static final Set<WeeklySlot> MORNINGS = slots(PartOfDay.MORNING, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY);
    private static final Set<WeeklySlot> AFTERNOONS = slots(PartOfDay.AFTERNOON, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Autowired
    private MyAvailability availability;

    @Test
    void concurrentSavesOfTheSamePattern_allSucceed_andLeaveOneOfTheTwo() throws Exception {
        Authentication partner = DemoLogins.login(authenticationProvider, DemoLogins.NB_CARER);
        Long tenant = DemoLogins.user(partner).activeTenantId().orElseThrow();
        Set<WeeklySlot> before = as(partner, tenant, availability::pattern);
        var errors = new ConcurrentLinkedQueue<String>();
        var bothReady = new CyclicBarrier(2);
        try (var sessions = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = new ArrayList<>();
            for (Set<WeeklySlot> pattern : List.of(MORNINGS, AFTERNOONS)) {
                done.add(sessions.submit(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        try {
                            bothReady.await();
                            as(partner, tenant, () -> {
                                availability.savePattern(pattern);
                                return null;
                            });
                        } catch (Exception e) {
                            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        Set<WeeklySlot> after = as(partner, tenant, availability::pattern);
        as(partner, tenant, () -> {
            availability.savePattern(before);
            return null;
        });

        System.out.printf("%nWeekly pattern: %d concurrent save pairs, %d errors%s%n", ROUNDS, errors.size(),
                errors.stream().limit(3).map(e -> "\n  " + e).collect(Collectors.joining()));
        assertThat(errors).isEmpty();
        assertThat(after).isIn(MORNINGS, AFTERNOONS);
    }

    private static <T> T as(Authentication partner, Long tenant, java.util.function.Supplier<T> body) {
        SecurityContextHolder.getContext().setAuthentication(partner);
        try {
            return TenantContext.runAs(tenant, body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Set<WeeklySlot> slots(PartOfDay part, DayOfWeek... days) {
        var slots = new java.util.HashSet<WeeklySlot>();
        for (DayOfWeek day : EnumSet.of(days[0], days)) {
            slots.add(new WeeklySlot(day, part));
        }
        return Set.copyOf(slots);
    }
}
