package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.evidence.ui.EvidenceView;
import app.involvement.pool.AccessNeed;
import app.involvement.shared.evidence.EvidencePart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reviewer's evidence page as it is rendered: every part of SET 3.7 and the review cycles is there, with
 * Northbridge's own programmes and support figures, and nothing about any of its partners — no name, e-mail
 * address, phone number, postcode or note anywhere, and no experience category or access need beside a partner.
 * Another assignment's id, and any other role, get no page.
 */
class EvidenceViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReviewerAccess access;

    @Test
    void theReviewerReadsEveryPart_withNorthbridgesEvidence_andNoPartnersDetails() {
        Long id = EvidenceFixture.reviewersAssignment(jdbc);
        String southmoorOnly = "Southmoor evidence check " + System.nanoTime();
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at) select 0, id, ?,"
                + " 'PARAMEDICS', 'Undergraduate', current_timestamp from provider where short_code = 'SMC'",
                southmoorOnly);
        as(DemoLogins.REVIEWER, () -> {
            UI.getCurrent().navigate(EvidenceView.location(id));
            assertThat(getCurrentView()).isInstanceOf(EvidenceView.class);
            var view = getCurrentView();
            assertThat($(H1.class).first().getText()).contains("Northbridge");

            List<String> sections = $(Section.class).all().stream().map(s -> s.getId().orElse("")).toList();
            assertThat(sections).containsExactly(Arrays.stream(EvidencePart.values())
                    .map(p -> "evidence-" + p.name().toLowerCase()).toArray(String[]::new));
            String text = view.getElement().getTextRecursively();
            assertThat(text).contains("(a) Who service users and carers are", "(c) Support", "Training coverage",
                    "Named contacts", "Programmes and named staff");
            for (String programme : jdbc.queryForList("select p.name from programme p join provider v"
                    + " on v.id = p.tenant_id where v.short_code = 'NBU'", String.class)) {
                assertThat(text).as("Northbridge's programme").contains(programme);
            }
            for (String programme : jdbc.queryForList("select p.name from programme p join provider v"
                    + " on v.id = p.tenant_id where v.short_code = 'SMC' and p.name not in (select n.name from programme n"
                    + " join provider w on w.id = n.tenant_id where w.short_code = 'NBU')", String.class)) {
                assertThat(text).as("Southmoor's programme").doesNotContain(programme);
            }
            assertThat(text).doesNotContain(southmoorOnly);

            List<String> rows = $(NativeTableRow.class).all().stream()
                    .map(r -> r.getElement().getChildren().map(c -> c.getTextRecursively())
                            .collect(Collectors.joining(" | ")))
                    .toList();
            assertThat(rows).as("table rows on the page").hasSizeGreaterThan(5);
            PersonalDataScan scan = scan(id);
            assertThat(scan.size()).as("partners' details to look for").isGreaterThan(10);
            scan.assertNothingIdentifying("the evidence page", text);
            scan.assertNothingSpecialBesidePartners("the evidence page's tables", rows);
        });
    }

    @Test
    void anotherAssignmentsId_showsNoEvidence() {
        Long id = EvidenceFixture.reviewersAssignment(jdbc);
        as(DemoLogins.REVIEWER, () -> {
            for (Long tampered : EvidenceFixture.notTheReviewersToday(jdbc)) {
                UI.getCurrent().navigate(EvidenceView.location(tampered));
                assertThat(getCurrentView()).as("evidence/" + tampered).isNotInstanceOf(EvidenceView.class);
                assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Training coverage");
            }
        });
    }

    @Test
    void theProvidersOwnStaff_cannotOpenTheReviewersPage() {
        Long id = EvidenceFixture.reviewersAssignment(jdbc);
        for (String account : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.NB_PARTNER,
                DemoLogins.PLATFORM)) {
            as(account, () -> {
                UI.getCurrent().navigate(EvidenceView.location(id));
                assertThat(getCurrentView()).as(account).isNotInstanceOf(EvidenceView.class);
            });
        }
    }

    /** The partners of Northbridge under this review's pseudonyms, and access needs as both languages say them. */
    private PersonalDataScan scan(Long assignmentId) {
        List<Long> partners = jdbc.queryForList("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        Set<String> pseudonyms = new HashSet<>(access.read(assignmentId, "test: pseudonyms",
                context -> partners.stream().map(p -> context.pseudonym().apply(p)).toList()));
        return PersonalDataScan.of(jdbc, "NBU", accessNeedLabels(), pseudonyms);
    }

    static Set<String> accessNeedLabels() {
        Set<String> labels = new HashSet<>();
        for (String language : List.of("", "cy")) {
            var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", java.util.Locale.forLanguageTag(
                    language.isEmpty() ? "und" : language), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            for (AccessNeed need : AccessNeed.values()) {
                labels.add(bundle.getString("pool.access." + need.name()));
            }
        }
        return labels;
    }
}
