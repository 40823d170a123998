package app.involvement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.provider.ActivityArea;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Modules, requirements, records and eligibility as a coordinator and a partner use them. */
class TrainingIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private TrainingModules modules;

    @Autowired
    private TrainingRecords records;

    @Autowired
    private TrainingEligibility eligibility;

    @Autowired
    private ReferenceData referenceData;

    private Long panel;
    private Long equality;
    private Long activityType;
    private Long partner;

    @BeforeEach
    void moduleRequiredForANewActivityType() {
        long n = System.nanoTime();
        activityType = as(DemoLogins.NB_LEAD, () -> referenceData.addActivityType("Panel " + n, ActivityArea.LEARNER_FACING).id());
        as(DemoLogins.NB_COORDINATOR, () -> {
            panel = modules.create(new TrainingModuleInput("Panel member training " + n, "How panels work",
                    TrainingDelivery.IN_PERSON, 12));
            equality = modules.create(new TrainingModuleInput("Equality " + n, null, TrainingDelivery.ONLINE, null));
            modules.requireFor(panel, Set.of(activityType));
            modules.requireFor(equality, Set.of(activityType));
        });
        partner = jdbc.queryForObject("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.email = ?", Long.class, DemoLogins.NB_PARTNER);
    }

    @Test
    void module_isKeptWithItsRequirements() {
        var details = as(DemoLogins.NB_COORDINATOR, () -> modules.find(panel)).orElseThrow();

        assertThat(details.input().validityMonths()).isEqualTo(12);
        assertThat(details.requiredFor()).containsExactly(activityType);
        assertThat(as(DemoLogins.NB_LEAD, () -> modules.list())).extracting(TrainingModuleSummary::id).contains(panel, equality);
    }

    @Test
    void badModuleInput_isRefused_andNothingStored() {
        long before = jdbc.queryForObject("select count(*) from training_module", Long.class);
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> modules.create(new TrainingModuleInput(" ", null, TrainingDelivery.ONLINE, null)))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("field.required");
            assertThatThrownBy(() -> modules.create(new TrainingModuleInput("x".repeat(TrainingLimits.TITLE + 1), null,
                    TrainingDelivery.ONLINE, null))).hasMessage("field.too-long");
            assertThatThrownBy(() -> modules.create(new TrainingModuleInput("Valid", null, TrainingDelivery.ONLINE, 0)))
                    .hasMessage("training.module.validity-range");
            String taken = modules.find(panel).orElseThrow().input().title();
            assertThatThrownBy(() -> modules.create(new TrainingModuleInput(taken, null, TrainingDelivery.ONLINE, null)))
                    .hasMessage("training.module.title-taken");
            assertThatThrownBy(() -> modules.addLink(panel, "Slides", "javascript:alert(1)"))
                    .hasMessage("training.material.bad-link");
        });
        assertThat(jdbc.queryForObject("select count(*) from training_module", Long.class)).isEqualTo(before);
    }

    @Test
    void partnersAndFinance_cannotKeepModules() {
        assertThatThrownBy(() -> as(DemoLogins.NB_PARTNER, () -> modules.create(
                new TrainingModuleInput("Mine", null, TrainingDelivery.ONLINE, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> modules.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoLogins.NB_PARTNER, () -> records.recordCompletion(partner, panel, TODAY, "Me")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completion_setsValidityFromTheModule_andShowsOnMyTraining() {
        as(DemoLogins.NB_COORDINATOR, () -> records.recordCompletion(partner, panel, TODAY.minusMonths(1), "Certificate seen"));

        var mine = as(DemoLogins.NB_PARTNER, () -> records.mine());
        var item = mine.stream().filter(i -> i.moduleId().equals(panel)).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(TrainingStatus.DONE);
        assertThat(item.validUntil()).isEqualTo(TODAY.minusMonths(1).plusMonths(12).minusDays(1));
        assertThat(item.evidence()).isEqualTo("Certificate seen");
        assertThat(mine.stream().filter(i -> i.moduleId().equals(equality)).findFirst().orElseThrow().status())
                .isEqualTo(TrainingStatus.TO_DO);
    }

    @Test
    void completionInTheFuture_isRefused_andNothingStored() {
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> records.recordCompletion(partner, panel,
                TODAY.plusDays(1), "Certificate")).hasMessage("training.record.in-future"));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> records.claim(panel, TODAY.plusDays(1)))
                .hasMessage("training.record.in-future"));
        assertThat(jdbc.queryForObject("select count(*) from training_record where module_id = ?", Long.class, panel)).isZero();
    }

    @Test
    void partnersClaim_countsOnlyOnceConfirmed() {
        as(DemoLogins.NB_PARTNER, () -> records.claim(equality, TODAY.minusDays(2)));
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> records.forPartner(partner))).filteredOn(i -> i.moduleId().equals(equality))
                .extracting(TrainingItem::status).containsExactly(TrainingStatus.AWAITING_CONFIRMATION);
        assertThat(as(DemoLogins.NB_COORDINATOR, () -> eligibility.check(partner, activityType, TODAY)).gaps())
                .extracting(Preparedness.Gap::reason)
                .containsExactlyInAnyOrder(Preparedness.Reason.MISSING, Preparedness.Reason.AWAITING_CONFIRMATION);

        as(DemoLogins.NB_COORDINATOR, () -> records.confirmClaim(partner, equality));

        assertThat(as(DemoLogins.NB_PARTNER, () -> records.mine())).filteredOn(i -> i.moduleId().equals(equality))
                .extracting(TrainingItem::status).containsExactly(TrainingStatus.DONE);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'TRAINING_CLAIM_CONFIRMED'"
                + " and subject = ?", Long.class, "partner " + partner)).isPositive();
    }

    @Test
    void eligibility_whenEveryRequiredModuleIsValid_isPrepared() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            records.recordCompletion(partner, panel, TODAY.minusMonths(2), "Attendance list");
            records.recordCompletion(partner, equality, TODAY.minusYears(3), "Online quiz");
            assertThat(eligibility.check(partner, activityType, TODAY).prepared()).isTrue();
        });
    }

    @Test
    void eligibility_whenAModuleIsMissing_namesIt() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            records.recordCompletion(partner, equality, TODAY, "Online quiz");
            var answer = eligibility.check(partner, activityType, TODAY);
            assertThat(answer.prepared()).isFalse();
            assertThat(answer.gaps()).singleElement().satisfies(gap -> {
                assertThat(gap.moduleId()).isEqualTo(panel);
                assertThat(gap.reason()).isEqualTo(Preparedness.Reason.MISSING);
            });
        });
    }

    @Test
    void eligibility_whenAModuleHasExpired_namesItWithTheLastDayItCounted() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            records.recordCompletion(partner, panel, TODAY.minusMonths(13), "Attendance list");
            records.recordCompletion(partner, equality, TODAY, "Online quiz");
            var gap = eligibility.check(partner, activityType, TODAY).gaps().getFirst();
            assertThat(gap.reason()).isEqualTo(Preparedness.Reason.EXPIRED);
            assertThat(gap.validUntil()).isEqualTo(TODAY.minusMonths(13).plusMonths(12).minusDays(1));
        });
    }

    @Test
    void eligibility_onTheLastValidDay_isPrepared_andTheDayAfterIsNot() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            LocalDate done = TODAY.minusMonths(6);
            records.recordCompletion(partner, panel, done, "Attendance list");
            records.recordCompletion(partner, equality, done, "Online quiz");
            LocalDate lastDay = done.plusMonths(12).minusDays(1);
            assertThat(eligibility.check(partner, activityType, lastDay).prepared()).isTrue();
            assertThat(eligibility.check(partner, activityType, lastDay.plusDays(1)).gaps())
                    .extracting(Preparedness.Gap::reason).containsExactly(Preparedness.Reason.EXPIRED);
            assertThat(eligibility.check(partner, activityType, done.minusDays(1)).gaps())
                    .as("on a day before it was done").hasSize(2);
        });
    }

    @Test
    void statusOnMyTraining_showsExpiringWithinThirtyDays_andExpired() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            records.recordCompletion(partner, panel, TODAY.minusMonths(12).plusDays(10), "Attendance list");
        });
        assertThat(as(DemoLogins.NB_PARTNER, () -> records.mine())).filteredOn(i -> i.moduleId().equals(panel))
                .extracting(TrainingItem::status).containsExactly(TrainingStatus.EXPIRING_SOON);
        as(DemoLogins.NB_COORDINATOR, () -> records.recordCompletion(partner, panel, TODAY.minusMonths(12), "Renewed list"));
        assertThat(as(DemoLogins.NB_PARTNER, () -> records.mine())).filteredOn(i -> i.moduleId().equals(panel))
                .extracting(TrainingItem::status).containsExactly(TrainingStatus.EXPIRED);
    }
}
