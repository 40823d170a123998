package app.involvement.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.Language;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The planning evidence a reviewer reads: policies (b), strategy and objectives with progress (d), and the review
 * cycles with their activities and referrals, in English and Welsh, for the provider it is asked in only; and
 * nobody but a reviewer or the lead may ask.
 */
class PlanningEvidenceIT extends IntegrationTestBase {

    @Autowired
    private List<EvidenceSource> sources;

    @Test
    void northbridge_showsItsPoliciesStrategyObjectivesAndReviews() {
        Map<String, EvidenceTable> tables = as(DemoLogins.NB_LEAD, () -> tables(Language.ENGLISH));
        assertThat(tables.keySet()).contains("policies", "strategy", "objectives", "review-cycles",
                "quality-activities", "referrals");
        assertThat(column(tables.get("policies"), 0)).contains("Service user and carer involvement policy",
                "Preparing and supporting partners");
        assertThat(tables.get("policies").rows()).filteredOn(r -> r.get(0).equals("Service user and carer involvement policy"))
                .singleElement().satisfies(r -> assertThat(r.get(2)).isEqualTo("2"));
        assertThat(tables.get("strategy").rows()).singleElement()
                .satisfies(r -> assertThat(r.get(4)).as("in force today").isEqualTo("Yes"));
        assertThat(tables.get("objectives").rows()).hasSizeGreaterThanOrEqualTo(4)
                .anySatisfy(r -> assertThat(r).contains("Widen the range of experience in the pool", "At risk"));
        assertThat(column(tables.get("review-cycles"), 0)).contains("Approval", "Performance review");
        assertThat(tables.get("quality-activities").rows()).anySatisfy(r -> assertThat(r.get(3))
                .isEqualTo("Policy or process: Service user and carer involvement policy"));
        assertThat(tables.get("referrals").rows()).anySatisfy(r -> assertThat(r)
                .contains("Focused review", "Open", "Yes"));
    }

    @Test
    void inWelsh_theHeadingsAndKindsAreWelsh() {
        Map<String, EvidenceTable> tables = as(DemoLogins.NB_LEAD, () -> tables(Language.WELSH));
        assertThat(tables.get("policies").title()).isEqualTo("Polisïau a phrosesau");
        assertThat(column(tables.get("review-cycles"), 0)).contains("Cymeradwyaeth", "Adolygiad perfformiad");
        assertThat(tables.get("objectives").columns()).contains("Cynnydd");
    }

    @Test
    void southmoor_hasNoStrategy_andNoneOfNorthbridgesRecords() {
        Map<String, EvidenceTable> tables = as(DemoLogins.SM_LEAD, () -> tables(Language.ENGLISH));
        assertThat(tables.get("strategy").rows()).isEmpty();
        assertThat(tables.get("strategy").description()).contains("has not recorded an involvement strategy");
        assertThat(tables.get("objectives").rows()).isEmpty();
        assertThat(column(tables.get("policies"), 0)).contains("Involving people with lived experience")
                .doesNotContain("Service user and carer involvement policy");
        assertThat(column(tables.get("referrals"), 1)).doesNotContain(
                "Evaluate the impact of involvement on learners and show how feedback from partners changes teaching.");
    }

    @Test
    void onlyAReviewerOrTheLead_mayAsk() {
        for (String other : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER)) {
            as(other, () -> planning().forEach(source -> assertThatThrownBy(() -> source.tables(request(Language.ENGLISH)))
                    .as(other).isInstanceOf(AccessDeniedException.class)));
        }
    }

    @Test
    void eachPart_isTheOneTheBriefNames() {
        assertThat(planning()).extracting(EvidenceSource::part)
                .containsExactlyInAnyOrder(EvidencePart.POLICIES, EvidencePart.EVALUATION, EvidencePart.REVIEWS);
    }

    private List<EvidenceSource> planning() {
        return sources.stream().filter(s -> org.springframework.aop.support.AopUtils.getTargetClass(s).getName()
                .startsWith("app.involvement.planning.")).toList();
    }

    private Map<String, EvidenceTable> tables(Language language) {
        return planning().stream().flatMap(s -> s.tables(request(language)).stream())
                .collect(Collectors.toMap(EvidenceTable::key, Function.identity()));
    }

    private static EvidenceRequest request(Language language) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return new EvidenceRequest(language, today, today.minusYears(1), today, id -> "P-" + id);
    }

    private static List<String> column(EvidenceTable table, int index) {
        return table.rows().stream().map(r -> r.get(index)).toList();
    }
}
