package app.involvement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Named contacts and risk assessments: their rules (nothing stored on a refusal) and two-provider isolation,
 * ids tampered with included; and the question for later issues, "has this type a current risk assessment?".
 */
class NamedContactsAndRiskAssessmentsIT extends IntegrationTestBase {

    @Autowired
    private NamedContacts contacts;

    @Autowired
    private RiskAssessments assessments;

    private Long partnerOf(String email, String provider) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ? and p.tenant_id = ?", Long.class, email, providerId(provider));
    }

    private Long user(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private Long firstType(String provider) {
        return jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, providerId(provider));
    }

    private RiskAssessmentInput input(Long type, Long reviewer, LocalDate assessed, LocalDate review) {
        return new RiskAssessmentInput(type, null, null, "Trips on cables", "Everyone in the room", "Cables taped down",
                reviewer, assessed, review);
    }

    @Test
    void theLeadNamesAContact_andThePartnerSeesTheirNameAndEmail() {
        Long carer = partnerOf(DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_LEAD, () -> contacts.assign(carer, user(DemoLogins.NB_LEAD)));
        assertThat(as(DemoLogins.NB_CARER, () -> contacts.mine())).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Asha Patel");
            assertThat(c.email()).isEqualTo(DemoLogins.NB_LEAD);
        });
        as(DemoLogins.NB_COORDINATOR, () -> contacts.assign(carer, user(DemoLogins.NB_COORDINATOR)));
        assertThat(as(DemoLogins.NB_CARER, () -> contacts.mine())).map(NamedContact::email).hasValue(DemoLogins.NB_COORDINATOR);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'NAMED_CONTACT_CHANGED' and subject = ?",
                Long.class, "partner " + carer)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aContact_mustBeACurrentLeadOrCoordinatorOfThisProvider_andOthersCannotAssign() {
        Long carer = partnerOf(DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_COORDINATOR, () -> contacts.assign(carer, user(DemoLogins.NB_COORDINATOR)));
        String before = jdbc.queryForObject("select concat(staff_user_id, '') from named_contact where partner_id = ?",
                String.class, carer);
        as(DemoLogins.NB_LEAD, () -> {
            assertThatThrownBy(() -> contacts.assign(carer, user(DemoLogins.SM_COORDINATOR)))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("support.contact.not-staff");
            assertThatThrownBy(() -> contacts.assign(carer, user(DemoLogins.NB_FINANCE)))
                    .isInstanceOf(BusinessRuleException.class);
        });
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(contacts.of(carer)).isEmpty();
            assertThatThrownBy(() -> contacts.assign(carer, user(DemoLogins.SM_LEAD))).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_CARER, () -> assertThatThrownBy(() -> contacts.assign(carer, user(DemoLogins.NB_LEAD)))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> contacts.of(carer)).isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select concat(staff_user_id, '') from named_contact where partner_id = ?",
                String.class, carer)).isEqualTo(before);
    }

    @Test
    void theListOfContacts_isOnlyThisProvidersPartners_andACoordinatorWhoLeftCountsAsNone() {
        Long northbridgeCarer = partnerOf(DemoLogins.NB_CARER, "NBU");
        var southmoor = as(DemoLogins.SM_COORDINATOR, () -> contacts.list(false, PageRequest.of(0, 100)));
        assertThat(southmoor).extracting(NamedContactRow::partnerId).isNotEmpty().doesNotContain(northbridgeCarer);
        assertThat(southmoor).allSatisfy(r -> assertThat(r.contactName()).isEqualTo("Nia Evans"));
        Long smPartner = jdbc.queryForObject("select max(id) from partner where tenant_id = ? and status <> 'LEFT'",
                Long.class, providerId("SMC"));
        Long before = jdbc.queryForObject("select staff_user_id from named_contact where partner_id = ?", Long.class, smPartner);
        // finance is no one's named contact: a contact who is no longer a lead or coordinator counts as none
        jdbc.update("update named_contact set staff_user_id = ? where partner_id = ?", user(DemoLogins.NB_FINANCE), smPartner);
        try {
            var without = as(DemoLogins.SM_COORDINATOR, () -> contacts.list(true, PageRequest.of(0, 100)));
            assertThat(without).extracting(NamedContactRow::partnerId).containsExactly(smPartner);
            assertThat(as(DemoLogins.SM_COORDINATOR, () -> contacts.count(true))).isEqualTo(1);
            assertThat(as(DemoLogins.SM_COORDINATOR, () -> contacts.of(smPartner))).isEmpty();
        } finally {
            jdbc.update("update named_contact set staff_user_id = ? where partner_id = ?", before, smPartner);
        }
    }

    @Test
    void aReviewDateNotAfterTheAssessment_orAFutureAssessment_isRefusedAndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from risk_assessment", Long.class);
        Long type = firstType("NBU");
        Long reviewer = user(DemoLogins.NB_LEAD);
        LocalDate today = LocalDate.now();
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThatThrownBy(() -> assessments.add(input(type, reviewer, today, today)))
                    .hasMessage("risk.review-not-after-assessment");
            assertThatThrownBy(() -> assessments.add(input(type, reviewer, today, today.minusDays(1))))
                    .hasMessage("risk.review-not-after-assessment");
            assertThatThrownBy(() -> assessments.add(input(type, reviewer, today.plusDays(3), today.plusYears(1))))
                    .hasMessage("risk.assessed-in-future");
            assertThatThrownBy(() -> assessments.add(new RiskAssessmentInput(type, null, null, " ", "x", "y", reviewer,
                    today, today.plusYears(1)))).hasMessage("field.required");
            assertThatThrownBy(() -> assessments.add(input(type, user(DemoLogins.NB_FINANCE), today, today.plusYears(1))))
                    .hasMessage("risk.reviewer-not-staff");
            assertThatThrownBy(() -> assessments.add(new RiskAssessmentInput(type, " ", today.plusDays(5), "a", "b", "c",
                    reviewer, today, today.plusYears(1)))).hasMessage("risk.session-date-without-session");
        });
        assertThat(jdbc.queryForObject("select count(*) from risk_assessment", Long.class)).isEqualTo(before);
    }

    @Test
    void aCurrentAssessment_answersTheQuestion_forItsDatesOnly() {
        Long type = jdbc.queryForObject("select max(id) from activity_type where tenant_id = ?", Long.class, providerId("NBU"));
        LocalDate today = LocalDate.now();
        as(DemoLogins.NB_COORDINATOR, () -> {
            assessments.add(input(type, user(DemoLogins.NB_COORDINATOR), today.minusDays(1), today.plusDays(30)));
            assertThat(assessments.hasCurrent(type, today)).isTrue();
            assertThat(assessments.hasCurrent(type, today.plusDays(30))).as("on the review date it is due").isFalse();
            assertThat(assessments.hasCurrent(type, today.minusDays(2))).as("before it was made").isFalse();
        });
        as(DemoLogins.SM_COORDINATOR, () -> assertThat(assessments.hasCurrent(type, today)).isFalse());
    }

    @Test
    void anotherProvidersAssessmentsAndTypes_cannotBeReadChangedOrUsed() {
        Long type = firstType("NBU");
        Long id = as(DemoLogins.NB_LEAD, () -> assessments.add(input(type, user(DemoLogins.NB_LEAD), LocalDate.now(),
                LocalDate.now().plusYears(1))));
        String before = jdbc.queryForObject("select hazards from risk_assessment where id = ?", String.class, id);
        long count = jdbc.queryForObject("select count(*) from risk_assessment", Long.class);
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(assessments.find(id)).isEmpty();
            assertThat(assessments.list(PageRequest.of(0, 100))).extracting(RiskAssessmentRow::id).doesNotContain(id);
            assertThat(assessments.activityTypes()).extracting(ActivityTypeRisk::activityTypeId).doesNotContain(type);
            assertThatThrownBy(() -> assessments.update(id, input(firstType("SMC"), user(DemoLogins.SM_LEAD),
                    LocalDate.now(), LocalDate.now().plusYears(1)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assessments.add(input(type, user(DemoLogins.SM_LEAD), LocalDate.now(),
                    LocalDate.now().plusYears(1)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assessments.requireFor(type, false)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> assessments.list(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select hazards from risk_assessment where id = ?", String.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from risk_assessment", Long.class)).isEqualTo(count);
    }

    @Test
    void markingATypeAsRequiringAnAssessment_isStoredAndListed() {
        Long type = jdbc.queryForObject("select max(id) from activity_type where tenant_id = ?", Long.class, providerId("SMC"));
        as(DemoLogins.SM_COORDINATOR, () -> {
            assessments.requireFor(type, true);
            assertThat(assessments.activityTypes()).filteredOn(t -> t.activityTypeId().equals(type))
                    .singleElement().extracting(ActivityTypeRisk::required).isEqualTo(true);
            assessments.requireFor(type, false);
        });
        assertThat(jdbc.queryForObject("select risk_assessment_required from activity_type where id = ?", Boolean.class, type))
                .isFalse();
    }

    /** Every partner the demo found has a contact; partners other tests add later, or erase, have none. */
    @Test
    void theDemoData_hasAContactForEveryPartner_requestsInEachState_andARequiredTypeWithAnAssessment() {
        for (String provider : new String[] {"NBU", "SMC"}) {
            Long tenant = providerId(provider);
            assertThat(jdbc.queryForObject("select count(*) from partner p where p.tenant_id = ? and p.erased_on is null"
                    + " and p.created_at <= (select min(c.changed_at) from named_contact c where c.tenant_id = p.tenant_id)"
                    + " and not exists (select 1 from named_contact c where c.partner_id = p.id)", Long.class, tenant)).as(provider).isZero();
            assertThat(jdbc.queryForList("select distinct status from support_request where tenant_id = ?", String.class,
                    tenant)).as(provider).contains("REQUESTED", "ARRANGED", "DECLINED");
            assertThat(jdbc.queryForObject("select count(*) from activity_type t where t.tenant_id = ?"
                    + " and t.risk_assessment_required = true and exists (select 1 from risk_assessment r"
                    + " where r.activity_type_id = t.id)", Long.class, tenant)).as(provider).isPositive();
        }
    }
}
