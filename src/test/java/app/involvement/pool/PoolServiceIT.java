package app.involvement.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The pool services: rules, refusals that store nothing, roles, consent and the status lifecycle. */
class PoolServiceIT extends IntegrationTestBase {

    @Autowired
    private Pool pool;

    @Autowired
    private MyProfile myProfile;

    private static PartnerProfile profile(String name) {
        return new PartnerProfile(name, "", "", "", "", "", PartnerKind.SERVICE_USER, ContactPreference.EMAIL,
                PaymentChoice.VOUCHER, Set.of(AccessNeed.BREAKS), "", Set.of());
    }

    private static PartnerProfile with(PartnerProfile p, String email, String phone, String postcode, Set<Long> interests) {
        return new PartnerProfile(p.preferredName(), p.fullName(), p.pronouns(), email, phone, postcode, p.kind(),
                p.contactPreference(), p.paymentChoice(), p.accessNeeds(), p.accessNotes(), interests);
    }

    @Test
    void add_normalisesAndStoresAnApplicantWithHistory() {
        String name = "Service " + System.nanoTime();
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(with(profile(name), " Ann@Example.ORG ", "0113 496 0000",
                "sw1a1aa", Set.of()), "Prefers mornings"));
        assertThat(jdbc.queryForMap("select email, phone, postcode, status, access_needs, staff_notes from partner where id = ?", id))
                .containsEntry("email", "ann@example.org").containsEntry("phone", "0113 496 0000")
                .containsEntry("postcode", "SW1A 1AA").containsEntry("status", "APPLICANT")
                .containsEntry("access_needs", "BREAKS").containsEntry("staff_notes", "Prefers mornings");
        assertThat(jdbc.queryForObject("select count(*) from partner_status_change where partner_id = ?", Long.class, id)).isOne();
        jdbc.update("update partner set email = null where id = ?", id);
    }

    @Test
    void badInput_isRefusedWithAMessageKeyAndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from partner", Long.class);
        Long southmoorType = jdbc.queryForObject("select min(t.id) from activity_type t join provider p on p.id = t.tenant_id"
                + " where p.short_code = 'SMC'", Long.class);
        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(() -> pool.add(profile(" "), null), "pool.error.preferred-name");
            assertRefused(() -> pool.add(profile("x".repeat(PartnerLimits.NAME + 1)), null), "pool.error.preferred-name");
            assertRefused(() -> pool.add(with(profile("A"), "not-an-email", "", "", Set.of()), null), "email.one-at");
            assertRefused(() -> pool.add(with(profile("A"), "", "12345", "", Set.of()), null), "pool.error.phone");
            assertRefused(() -> pool.add(with(profile("A"), "", "", "ABC", Set.of()), null), "pool.error.postcode");
            assertRefused(() -> pool.add(with(profile("A"), "", "", "", Set.of(999_999_999L)), null),
                    "pool.error.unknown-activity-type");
            assertRefused(() -> pool.add(with(profile("A"), "", "", "", Set.of(southmoorType)), null),
                    "pool.error.unknown-activity-type");
            assertRefused(() -> pool.add(profile("A"), "n".repeat(PartnerLimits.STAFF_NOTES + 1)), "pool.error.staff-notes");
            assertRefused(() -> pool.add(with(profile("A"), DemoLogins.NB_PARTNER, "", "", Set.of()), null),
                    "pool.error.email-taken");
        });
        assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isEqualTo(before);
    }

    @Test
    void statusLifecycle_allowsOnlyNextStepsWithDateAndReason() {
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(profile("Lifecycle " + System.nanoTime()), null));
        as(DemoLogins.NB_COORDINATOR, () -> {
            LocalDate today = LocalDate.now();
            assertRefused(() -> pool.changeStatus(id, PartnerStatus.RESTING, today, "Too early"), "pool.error.status-move");
            assertRefused(() -> pool.changeStatus(id, PartnerStatus.ACTIVE, today.plusDays(1), "Future"), "pool.error.status-date");
            assertRefused(() -> pool.changeStatus(id, PartnerStatus.ACTIVE, today, " "), "pool.error.reason");
            pool.changeStatus(id, PartnerStatus.ACTIVE, today, "Completed induction");
            pool.changeStatus(id, PartnerStatus.RESTING, today, "Health reasons");
            var details = pool.find(id).orElseThrow();
            assertThat(details.status()).isEqualTo(PartnerStatus.RESTING);
            assertThat(details.history()).extracting(StatusChange::to)
                    .containsExactly(PartnerStatus.RESTING, PartnerStatus.ACTIVE, PartnerStatus.APPLICANT);
            assertThat(details.history().getFirst().by()).isEqualTo(DemoLogins.NB_COORDINATOR);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PARTNER_STATUS_CHANGED'"
                + " and subject = ?", Long.class, "partner " + id)).isEqualTo(2);
    }

    @Test
    void finance_readsThePoolButNeverExperienceCategoriesOrNotes() {
        Long consented = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.consent_given_at is not null", Long.class);
        Long category = jdbc.queryForObject("select min(category_id) from partner_experience where partner_id = ?",
                Long.class, consented);
        as(DemoLogins.NB_FINANCE, () -> {
            assertThat(pool.list(PoolFilter.none(), PageRequest.of(0, 10))).isNotEmpty();
            assertThatThrownBy(() -> pool.find(consented)).as("the whole record holds health-related data")
                    .isInstanceOf(AccessDeniedException.class);
            var byCategory = new PoolFilter(null, null, null, category, null, null);
            assertThatThrownBy(() -> pool.count(byCategory)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pool.add(profile("Finance"), null)).isInstanceOf(AccessDeniedException.class);
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThat(pool.find(consented).orElseThrow().experienceCategories()).contains(category);
            assertThat(pool.count(new PoolFilter(null, null, null, category, null, null))).isPositive();
        });
    }

    @Test
    void finance_getsContactStatusAndPaymentOnly_andOnlyForTheirOwnProvider() {
        Long id = as(DemoLogins.NB_COORDINATOR, () -> pool.add(with(profile("Payee " + System.nanoTime()), "",
                "07700 900123", "LS1 4AP", Set.of()), "Anxious in large groups"));
        as(DemoLogins.NB_COORDINATOR, () -> {
            pool.changeStatus(id, PartnerStatus.ACTIVE, LocalDate.now(), "Completed induction");
            pool.changeStatus(id, PartnerStatus.RESTING, LocalDate.now(), "Resting for health reasons");
        });
        PartnerPaymentContact contact = as(DemoLogins.NB_FINANCE, () -> pool.findPaymentContact(id)).orElseThrow();
        assertThat(contact).isEqualTo(new PartnerPaymentContact(id, contact.preferredName(), "", "", "07700 900123",
                "LS1 4AP", ContactPreference.EMAIL, PartnerStatus.RESTING, LocalDate.now(), PaymentChoice.VOUCHER));
        assertThat(contact.toString()).doesNotContain("health", "Anxious", "BREAKS");

        Long southmoor = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'SMC'", Long.class);
        String refusals = "select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD' and subject = ? and actor = ?";
        long before = jdbc.queryForObject(refusals, Long.class, "partner " + southmoor, DemoLogins.NB_FINANCE);
        as(DemoLogins.NB_FINANCE, () -> assertThat(pool.findPaymentContact(southmoor)).isEmpty());
        assertThat(jdbc.queryForObject(refusals, Long.class, "partner " + southmoor, DemoLogins.NB_FINANCE)).isEqualTo(before + 1);
    }

    @Test
    void aPartnersOwnProfileChange_isAuditedByFieldNameWithoutTheValues() {
        var before = as(DemoLogins.NB_CARER, () -> myProfile.get()).orElseThrow().profile();
        var changed = new PartnerProfile(before.preferredName(), before.fullName(), before.pronouns(), before.email(),
                before.phone(), before.postcode(), before.kind(), before.contactPreference(), before.paymentChoice(),
                Set.of(before.accessNeeds().contains(AccessNeed.HEARING_LOOP) ? AccessNeed.COMPANION : AccessNeed.HEARING_LOOP),
                "Secret detail " + System.nanoTime(), before.interests());
        Long partner = jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ?", Long.class, DemoLogins.NB_CARER);
        try {
            as(DemoLogins.NB_CARER, () -> myProfile.save(changed));
            var entry = jdbc.queryForMap("select actor, detail from audit_entry where event_type = 'PARTNER_PROFILE_CHANGED'"
                    + " and subject = ? order by id desc limit 1", "partner " + partner);
            assertThat(entry).containsEntry("actor", DemoLogins.NB_CARER)
                    .containsEntry("detail", "by the partner: access needs, access notes");
        } finally {
            as(DemoLogins.NB_CARER, () -> myProfile.save(before));
        }
    }

    @Test
    void partnersAndStaff_eachUseOnlyTheirOwnService() {
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> pool.list(PoolFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pool.find(1L)).isInstanceOf(AccessDeniedException.class);
            assertThat(myProfile.get()).isPresent();
            assertThat(myProfile.get().orElseThrow().staffNotes()).isNull();
        });
        as(DemoLogins.NB_COORDINATOR, () ->
                assertThatThrownBy(myProfile::get).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void consent_recordsWordingAndDate_unknownCategoriesAreRefused_withdrawalDeletesAndAudits() {
        Long southmoorCategory = jdbc.queryForObject("select min(c.id) from experience_category c join provider p"
                + " on p.id = c.tenant_id where p.short_code = 'SMC'", Long.class);
        Long northbridgeCategory = jdbc.queryForObject("select min(c.id) from experience_category c join provider p"
                + " on p.id = c.tenant_id where p.short_code = 'NBU'", Long.class);
        as(DemoLogins.NB_CARER, () -> {
            assertRefused(() -> myProfile.giveConsent(" ", Set.of(northbridgeCategory)), "pool.error.consent");
            assertRefused(() -> myProfile.giveConsent("I agree", Set.of(southmoorCategory)), "pool.error.unknown-category");
            assertThat(myProfile.get().orElseThrow().consentInForce()).isFalse();
            myProfile.giveConsent("I agree to the wording", Set.of(northbridgeCategory));
            var mine = myProfile.get().orElseThrow();
            assertThat(mine.consentInForce()).isTrue();
            assertThat(mine.experienceCategories()).containsExactly(northbridgeCategory);
            myProfile.withdrawConsent();
            assertThat(myProfile.get().orElseThrow().experienceCategories()).isEmpty();
        });
        Long partner = jdbc.queryForObject("select id from partner where user_id = (select id from user_account where email = ?)",
                Long.class, DemoLogins.NB_CARER);
        assertThat(jdbc.queryForObject("select count(*) from partner_experience where partner_id = ?", Long.class, partner)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'EXPERIENCE_CONSENT_WITHDRAWN'"
                + " and subject = ?", Long.class, "partner " + partner)).isPositive();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }
}
