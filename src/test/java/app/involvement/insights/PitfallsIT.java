package app.involvement.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The pitfall indicators on a provider made row by row over the last 12 months (DD041): two partners do 20 of 24
 * places, programme B has no coordinator, the partners bring 1 of 4 experience categories, one partner left and
 * none joined. The provider's thresholds change what fires; only the lead may change them, within range.
 */
class PitfallsIT extends IntegrationTestBase {

    @Autowired
    private Pitfalls pitfalls;

    private InsightsFixture data;

    @BeforeEach
    void provider() {
        data = InsightsFixture.newProvider(jdbc);
        long a = data.programme("A Physiotherapy", true, true);
        data.define(a);
        data.programme("B Paramedics", true, false);
        long teaching = data.type("Teaching", "LEARNER_FACING");
        LocalDate joined = LocalDate.now().minusYears(2);
        long[] p = new long[8];
        for (int i = 1; i <= 7; i++) {
            p[i] = data.partner("P" + i, joined);
        }
        data.left(p[7], LocalDate.now().minusMonths(1));
        for (int s = 0; s < 10; s++) {
            long session = data.session(a, teaching, LocalDate.now().minusDays(20 + s * 7), "INVOLVED");
            data.attend(session, p[1], p[2]);
            if (s < 4) {
                data.attend(session, p[3 + s]);
            }
        }
        // simulation re-use by the others must not dilute the reliance
        long reuse = data.session(a, teaching, LocalDate.now().minusDays(10), "INFORMED", "SIMULATION_REUSE",
                "COMPLETED");
        data.attend(reuse, p[3], p[4], p[5], p[6]);
        long c1 = data.category("Stroke", false);
        data.category("Dementia", false);
        data.category("Mental health", false);
        long c4 = data.category("Sight loss", false);
        data.experience(p[1], c1);
        data.experience(p[3], c1);
        data.experience(p[7], c4);
    }

    @Test
    void handMadeProvider_firesRelianceNarrowExperienceNamedRolesAndPoolShrinking() {
        Map<Pitfall, PitfallIndicator> byPitfall = withRole("ROLE_LEAD", () -> indexed(pitfalls.indicators()));

        PitfallIndicator reliance = byPitfall.get(Pitfall.RELIANCE);
        assertThat(reliance.state()).isEqualTo(PitfallState.FIRED);
        // the 3 busiest did 10 + 10 + 1 of 24 places: 87%
        assertThat(reliance.arguments()).containsExactly(3L, 87L, 24L, 6L, 50);
        assertThat(byPitfall.get(Pitfall.NARROW_EXPERIENCE).state()).isEqualTo(PitfallState.FIRED);
        assertThat(byPitfall.get(Pitfall.NARROW_EXPERIENCE).arguments()).containsExactly(1, "A Physiotherapy", 50);
        assertThat(byPitfall.get(Pitfall.NO_NAMED_ROLES).arguments()).containsExactly(1L, "B Paramedics");
        assertThat(byPitfall.get(Pitfall.POOL_SHRINKING).state()).isEqualTo(PitfallState.FIRED);
        assertThat(byPitfall.get(Pitfall.POOL_SHRINKING).arguments()).containsExactly(0L, 1L, 6L, 10);
        // no strategy recorded: fired once planning is in the portal, "cannot tell" before
        assertThat(byPitfall.get(Pitfall.NO_STRATEGY).state()).isIn(PitfallState.FIRED, PitfallState.UNKNOWN);
        assertThat(byPitfall.get(Pitfall.NOT_EVALUATED).state()).isIn(PitfallState.FIRED, PitfallState.UNKNOWN);
        assertThat(byPitfall.get(Pitfall.ACTIONS_OVERDUE).state()).isIn(PitfallState.CLEAR, PitfallState.UNKNOWN);
    }

    @Test
    void leadsThresholds_changeWhatFires_andAreAudited() {
        var lenient = new PitfallThresholds(1, 95, 20, 50, 5, 50);
        withRole("ROLE_LEAD", () -> pitfalls.updateThresholds(lenient));

        Map<Pitfall, PitfallIndicator> byPitfall = withRole("ROLE_COORDINATOR", () -> indexed(pitfalls.indicators()));
        assertThat(withRole("ROLE_COORDINATOR", () -> pitfalls.thresholds())).isEqualTo(lenient);
        assertThat(byPitfall.get(Pitfall.RELIANCE).state()).isEqualTo(PitfallState.CLEAR);
        assertThat(byPitfall.get(Pitfall.RELIANCE).arguments()).containsExactly(1L, 41L, 24L, 6L, 95);
        // 1 of 4 categories is 25%, not below 20%
        assertThat(byPitfall.get(Pitfall.NARROW_EXPERIENCE).state()).isEqualTo(PitfallState.CLEAR);
        assertThat(byPitfall.get(Pitfall.POOL_SHRINKING).state()).isEqualTo(PitfallState.CLEAR);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?"
                + " and event_type = 'PITFALL_THRESHOLDS_SAVED'", Long.class, data.tenant())).isEqualTo(1);
    }

    @Test
    void thresholds_outOfRangeOrNotByTheLead_areRefusedAndNothingChanges() {
        assertThatThrownBy(() -> withRole("ROLE_LEAD", () -> pitfalls.updateThresholds(
                new PitfallThresholds(3, 100, 50, 3, 1, 10)))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("pitfalls.error.out-of-range");
        assertThatThrownBy(() -> withRole("ROLE_LEAD", () -> pitfalls.updateThresholds(
                new PitfallThresholds(0, 50, 50, 3, 1, 10)))).isInstanceOf(BusinessRuleException.class);
        for (String role : List.of("ROLE_COORDINATOR", "ROLE_REVIEWER", "ROLE_FINANCE")) {
            assertThatThrownBy(() -> withRole(role, () -> pitfalls.updateThresholds(PitfallThresholds.defaults())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from pitfall_threshold where tenant_id = ?", Long.class,
                data.tenant())).isZero();
        assertThat(withRole("ROLE_LEAD", () -> pitfalls.thresholds())).isEqualTo(PitfallThresholds.defaults());
    }

    private static Map<Pitfall, PitfallIndicator> indexed(List<PitfallIndicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(PitfallIndicator::pitfall, Function.identity()));
    }

    private <T> T withRole(String authority, Supplier<T> body) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "pitfalls-test", "n/a", List.of(new SimpleGrantedAuthority(authority))));
        try {
            return TenantContext.runAs(data.tenant(), body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
