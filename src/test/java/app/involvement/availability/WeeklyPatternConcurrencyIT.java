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
 * Two sessions of one partner, or two partners, save weekly patterns at the same moment, many times over:
 * every save succeeds, and afterwards each pattern is a whole one (no mixture, no duplicate-key error, no
 * deadlock, no lock timeout). Run it on MariaDB too ({@code -Pmariadb}): H2 and InnoDB lock differently.
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

        var errors = race(tenant, List.of(partner, partner), List.of(MORNINGS, AFTERNOONS));

        Set<WeeklySlot> after = as(partner, tenant, availability::pattern);
        restore(partner, tenant, before);
        assertThat(errors).isEmpty();
        assertThat(after).isIn(MORNINGS, AFTERNOONS);
    }

    /** Two partners whose rows sit side by side in the indexes: InnoDB's gap locks once made them deadlock. */
    @Test
    void concurrentSavesOfTwoPartners_allSucceed_andEachKeepsTheirOwn() throws Exception {
        Authentication carer = DemoLogins.login(authenticationProvider, DemoLogins.NB_CARER);
        Authentication serviceUser = DemoLogins.login(authenticationProvider, DemoLogins.NB_PARTNER);
        Long tenant = DemoLogins.user(carer).activeTenantId().orElseThrow();
        Set<WeeklySlot> carerBefore = as(carer, tenant, availability::pattern);
        Set<WeeklySlot> serviceUserBefore = as(serviceUser, tenant, availability::pattern);

        var errors = race(tenant, List.of(carer, serviceUser), List.of(MORNINGS, AFTERNOONS));

        Set<WeeklySlot> carerAfter = as(carer, tenant, availability::pattern);
        Set<WeeklySlot> serviceUserAfter = as(serviceUser, tenant, availability::pattern);
        restore(carer, tenant, carerBefore);
        restore(serviceUser, tenant, serviceUserBefore);
        assertThat(errors).isEmpty();
        assertThat(carerAfter).isEqualTo(MORNINGS);
        assertThat(serviceUserAfter).isEqualTo(AFTERNOONS);
    }

    /** Each session saves its pattern {@link #ROUNDS} times, all sessions starting each round together. */
    private ConcurrentLinkedQueue<String> race(Long tenant, List<Authentication> people, List<Set<WeeklySlot>> patterns)
            throws Exception {
        var errors = new ConcurrentLinkedQueue<String>();
        var allReady = new CyclicBarrier(people.size());
        try (var sessions = Executors.newFixedThreadPool(people.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < people.size(); s++) {
                Authentication person = people.get(s);
                Set<WeeklySlot> pattern = patterns.get(s);
                done.add(sessions.submit(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        try {
                            allReady.await();
                            as(person, tenant, () -> {
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
        System.out.printf("%nWeekly pattern: %d concurrent save rounds, %d errors%s%n", ROUNDS, errors.size(),
                errors.stream().limit(3).map(e -> "\n  " + e).collect(Collectors.joining()));
        return errors;
    }

    private void restore(Authentication person, Long tenant, Set<WeeklySlot> pattern) {
        as(person, tenant, () -> {
            availability.savePattern(pattern);
            return null;
        });
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
