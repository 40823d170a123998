package app.involvement.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.insights.InsightsDashboard.AreaProgrammeYear;
import app.involvement.insights.InsightsDashboard.Coverage;
import app.involvement.shared.Language;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Northbridge and Southmoor never see each other's insights, pitfalls, thresholds or evidence: a Northbridge
 * programme's id in Southmoor's filter is refused and audited, and Northbridge's own programme shows only at home.
 */
class InsightsIsolationIT extends IntegrationTestBase {

    @Autowired
    private Insights insights;

    @Autowired
    private Pitfalls pitfalls;

    @Autowired
    private List<EvidenceSource> sources;

    @Test
    void anotherProvidersProgramme_isNeverShown_andItsIdInTheFilterIsRefusedAndAudited() {
        long northbridgeProgramme = NorthbridgeInsightsData.ensure(jdbc);
        var year = InsightsFilter.of(AcademicYear.of(LocalDate.now().minusDays(1)));

        var northbridge = as(DemoLogins.NB_LEAD, () -> insights.dashboard(year));
        assertThat(northbridge.byAreaProgrammeYear()).extracting(AreaProgrammeYear::programmeId)
                .contains(northbridgeProgramme);

        long refusedBefore = refused("programme " + northbridgeProgramme);
        as(DemoLogins.SM_LEAD, () -> {
            var southmoor = insights.dashboard(year);
            assertThat(southmoor.byAreaProgrammeYear()).extracting(AreaProgrammeYear::programmeId)
                    .doesNotContain(northbridgeProgramme);
            assertThat(southmoor.coverage()).extracting(Coverage::programmeId).doesNotContain(northbridgeProgramme);
            assertThat(insights.programmes()).extracting(Insights.ProgrammeChoice::id)
                    .doesNotContain(northbridgeProgramme);
            assertThatThrownBy(() -> insights.dashboard(new InsightsFilter(year.year(), northbridgeProgramme, null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(refused("programme " + northbridgeProgramme)).isEqualTo(refusedBefore + 1);
    }

    @Test
    void oneProvidersThresholds_leaveTheOthersAlone() {
        var southmoorBefore = as(DemoLogins.SM_LEAD, () -> pitfalls.thresholds());
        var changed = new PitfallThresholds(southmoorBefore.relianceTopPartners() == 4 ? 5 : 4, 60, 40, 7, 2, 15);
        try {
            as(DemoLogins.NB_LEAD, () -> pitfalls.updateThresholds(changed));
            assertThat(as(DemoLogins.SM_LEAD, () -> pitfalls.thresholds())).isEqualTo(southmoorBefore);
            assertThat(as(DemoLogins.NB_COORDINATOR, () -> pitfalls.thresholds())).isEqualTo(changed);
        } finally {
            as(DemoLogins.NB_LEAD, () -> pitfalls.updateThresholds(PitfallThresholds.defaults()));
        }
    }

    @Test
    void evaluationEvidence_forOneProvider_holdsNoneOfTheOthersProgrammes_andNoPartnerNames() {
        NorthbridgeInsightsData.ensure(jdbc);
        EvidenceSource source = sources.stream()
                .filter(s -> s.getClass().getName().contains("insights") && s.part() == EvidencePart.EVALUATION)
                .findFirst().orElseThrow();
        List<String> partnerNames = jdbc.queryForList("select preferred_name from partner where tenant_id = ?",
                String.class, providerId("NBU")).stream().filter(name -> !name.isBlank()).toList();
        var request = new EvidenceRequest(Language.ENGLISH, LocalDate.now(), LocalDate.now().minusYears(1),
                LocalDate.now(), id -> "P-" + id);

        List<EvidenceTable> southmoor = reviewer(providerId("SMC"), () -> source.tables(request));
        List<EvidenceTable> northbridge = reviewer(providerId("NBU"), () -> source.tables(request));

        assertThat(cells(southmoor)).doesNotContain(NorthbridgeInsightsData.PROGRAMME);
        assertThat(cells(northbridge)).contains(NorthbridgeInsightsData.PROGRAMME);
        assertThat(northbridge).extracting(EvidenceTable::key).contains(InsightsTables.CONCENTRATION, "pitfalls");
        for (String cell : cells(northbridge)) {
            assertThat(partnerNames).as("partner name in the evidence").doesNotContain(cell);
        }
    }

    private static List<String> cells(List<EvidenceTable> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).flatMap(List::stream).toList();
    }

    private <T> T reviewer(long provider, java.util.function.Supplier<T> body) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "reviewer-test", "n/a", List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"))));
        try {
            return TenantContext.runAs(provider, body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long refused(String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ?", Long.class, subject);
    }
}
