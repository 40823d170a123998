package app.involvement.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.PartnerIdentities;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.RetentionErasure;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The request flow (DD047): a partner asks, withdraws and asks again, one request open at a time; the lead erases
 * with the partner's name typed, every eraser is called once with the subject and the values, the request keeps no
 * free text and the audit entry no erased value; a blocker refuses the erasure and nothing changes; the lead erases
 * on someone's behalf with a ground; the retention job's erasure; roles.
 */
class ErasureIT extends IntegrationTestBase {

    @Autowired
    private MyErasure myErasure;
    @Autowired
    private ErasureRequests requests;
    @Autowired
    private RetentionErasure retention;
    @Autowired
    private Pool pool;
    @Autowired
    private PartnerIdentities identities;

    @BeforeEach
    @AfterEach
    void forget() {
        ErasureTestData.forgetRequestsOf(jdbc, DemoLogins.NB_PARTNER);
        ErasureTestConfig.BLOCKED.clear();
        ErasureTestConfig.ERASED.clear();
    }

    @Test
    void partner_asksWithdrawsAndAsksAgain_oneOpenAtATime() {
        as(DemoLogins.NB_PARTNER, () -> {
            assertThat(myErasure.open()).isEmpty();
            Long first = myErasure.ask("  Moving away  ");
            assertThat(myErasure.open()).hasValueSatisfying(r -> {
                assertThat(r.id()).isEqualTo(first);
                assertThat(r.reason()).isEqualTo("Moving away");
            });
            assertRefused(() -> myErasure.ask(null), "erasure.error.already-open");
            myErasure.withdraw();
            assertThat(myErasure.open()).isEmpty();
            assertRefused(myErasure::withdraw, "erasure.error.none-open");
            Long second = myErasure.ask("");
            assertThat(second).isNotEqualTo(first);
            assertThat(myErasure.open()).hasValueSatisfying(r -> assertThat(r.reason()).isNull());
            assertThat(ErasureTestData.status(jdbc, first)).isEqualTo("WITHDRAWN");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type in ('ERASURE_REQUESTED',"
                + " 'ERASURE_WITHDRAWN') and subject like 'partner %' and detail like 'request %'", Long.class))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void partner_reasonTooLong_refusedAndNothingStored() {
        as(DemoLogins.NB_PARTNER, () -> {
            assertRefused(() -> myErasure.ask("x".repeat(ErasureLimits.REASON + 1)), "erasure.error.reason-too-long");
            assertThat(myErasure.open()).isEmpty();
        });
    }

    @Test
    void lead_erasesARequest_afterTypingTheName_everyEraserCalled_noFreeTextOrErasedValueKept() {
        Long partner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Asker"));
        String name = ErasureTestData.preferredName(jdbc, partner);
        Map<String, Object> row = jdbc.queryForMap("select full_name, email, phone, postcode from partner where id = ?",
                partner);
        Long request = ErasureTestData.openRequest(jdbc, partner, "My reason mentions " + name);
        as(DemoLogins.NB_LEAD, () -> {
            assertThat(requests.countOpen()).isPositive();
            assertThat(requests.list(org.springframework.data.domain.PageRequest.of(0, 50)))
                    .extracting(ErasureRequestRow::id).contains(request);
            var before = requests.request(request, Locale.UK);
            assertThat(before.preferredName()).isEqualTo(name);
            assertThat(before.blockers()).isEmpty();
            assertThat(before.erasable()).isTrue();

            assertRefused(() -> requests.erase(request, "Someone else"), "erasure.error.name-mismatch");
            assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("OPEN");
            assertThat(ErasureTestConfig.ERASED).isEmpty();

            requests.erase(request, "  " + name.toUpperCase() + " ");
            assertRefused(() -> requests.erase(request, name), "erasure.error.not-open");
        });
        assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select reason from erasure_request where id = ?", String.class, request)).isNull();
        assertThat(ErasureTestConfig.ERASED).singleElement().satisfies(e -> {
            assertThat(e.subject().partnerId()).isEqualTo(partner);
            assertThat(e.subject().userId()).isNull();
            assertThat(e.subject().email()).isEqualTo(row.get("email"));
            assertThat(e.values()).containsExactlyInAnyOrder(name, (String) row.get("full_name"),
                    (String) row.get("email"), (String) row.get("phone"), (String) row.get("postcode"));
        });
        Map<String, Object> after = jdbc.queryForMap("select preferred_name, full_name, email, phone, postcode"
                + " from partner where id = ?", partner);
        for (String value : ErasureTestConfig.ERASED.get(0).values()) {
            assertThat(after.values()).as("the pool's eraser ran in the same erasure (DD048)")
                    .allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContainIgnoringCase(value));
        }
        List<Map<String, Object>> audit = jdbc.queryForList("select actor, subject, detail from audit_entry"
                + " where event_type = 'PARTNER_ERASED' and subject = ?", "partner " + partner);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo(DemoLogins.NB_LEAD);
            assertThat(entry.get("detail")).isEqualTo("request " + request + ", PARTNER_ASKED");
            for (Object value : ErasureTestConfig.ERASED.get(0).values()) {
                assertThat(entry.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain((String) value));
            }
        });
    }

    @Test
    void blockedPartner_showsTheReason_andErasureIsRefusedInTheService_nothingChanges() {
        Long partner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Owed"));
        String name = ErasureTestData.preferredName(jdbc, partner);
        Long request = ErasureTestData.openRequest(jdbc, partner, null);
        ErasureTestConfig.BLOCKED.add(partner);
        as(DemoLogins.NB_LEAD, () -> {
            var c = requests.request(request, Locale.UK);
            assertThat(c.blockers()).contains(ErasureTestConfig.BLOCKED_REASON);
            assertThat(c.erasable()).isFalse();
            assertRefused(() -> requests.erase(request, name), "erasure.error.blocked");
            assertRefused(() -> requests.eraseOnBehalf(partner, ErasureGround.OTHER, name), "erasure.error.blocked");
        });
        assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("OPEN");
        assertThat(ErasureTestConfig.ERASED).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PARTNER_ERASED'"
                + " and subject = ?", Long.class, "partner " + partner)).isZero();

        ErasureTestConfig.BLOCKED.clear();
        as(DemoLogins.NB_LEAD, () -> requests.erase(request, name));
        assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("DONE");
    }

    @Test
    void lead_erasesOnBehalf_withAGroundNeverFreeText_andOnlyOnce() {
        Long partner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Behalf"));
        String name = ErasureTestData.preferredName(jdbc, partner);
        as(DemoLogins.NB_LEAD, () -> {
            assertThat(requests.onBehalf(partner, Locale.UK).erasable()).isTrue();
            assertRefused(() -> requests.eraseOnBehalf(partner, null, name), "erasure.error.ground-required");
            assertRefused(() -> requests.eraseOnBehalf(partner, ErasureGround.DEATH_NOTIFIED, ""),
                    "erasure.error.name-mismatch");
            Long done = requests.eraseOnBehalf(partner, ErasureGround.DEATH_NOTIFIED, name);
            var c = requests.request(done, Locale.UK);
            assertThat(c.origin()).isEqualTo(ErasureOrigin.LEAD_ON_BEHALF);
            assertThat(c.ground()).isEqualTo(ErasureGround.DEATH_NOTIFIED);
            assertThat(c.status()).isEqualTo(ErasureStatus.DONE);
            assertThat(c.reason()).isNull();
            assertThat(requests.onBehalf(partner, Locale.UK).status()).isEqualTo(ErasureStatus.DONE);
        });
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'PARTNER_ERASED' and subject = ?",
                String.class, "partner " + partner)).endsWith("LEAD_ON_BEHALF, DEATH_NOTIFIED");
        assertThat(ErasureTestConfig.ERASED).hasSize(1);
    }

    @Test
    void retentionErasure_runsWithNoOneSignedIn_inTheJobsProvider_andReportsWhyNot() {
        Long partner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Inactive"));
        Long blocked = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Inactive owed"));
        Long tenant = jdbc.queryForObject("select tenant_id from partner where id = ?", Long.class, partner);
        Long southmoor = jdbc.queryForObject("select id from provider where short_code = 'SMC'", Long.class);
        ErasureTestConfig.BLOCKED.add(blocked);

        assertThat(TenantContext.runAs(southmoor, () -> retention.eraseInactivePartner(partner)))
                .as("another provider's partner is not found").contains("no such partner in this provider");
        assertThat(TenantContext.runAs(tenant, () -> retention.eraseInactivePartner(blocked)))
                .contains(ErasureTestConfig.BLOCKED_REASON);
        assertThat(TenantContext.runAs(tenant, () -> retention.eraseInactivePartner(partner))).isEmpty();
        assertThat(TenantContext.runAs(tenant, () -> retention.eraseInactivePartner(partner))).contains("already erased");
        assertThat(ErasureTestConfig.ERASED).extracting(e -> e.subject().partnerId()).containsExactly(partner);
        assertThat(jdbc.queryForMap("select origin, status from erasure_request where partner_id = ?", partner))
                .containsEntry("ORIGIN", "RETENTION").containsEntry("STATUS", "DONE");
        Map<String, Object> audit = jdbc.queryForMap("select actor, detail from audit_entry where event_type ="
                + " 'PARTNER_ERASED' and subject = ?", "partner " + partner);
        assertThat(audit.get("ACTOR")).isNull();
        assertThat((String) audit.get("DETAIL")).endsWith("RETENTION, by the retention job");

        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> retention.eraseInactivePartner(blocked))
                .as("no page may start the job's erasure").isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void onlyTheLead_handlesRequests_andOnlyAPartner_asks() {
        for (String staff : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER,
                DemoLogins.REVIEWER, DemoLogins.PLATFORM)) {
            as(staff, () -> {
                assertThatThrownBy(requests::countOpen).as(staff).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> requests.erase(1L, "x")).as(staff).isInstanceOf(AccessDeniedException.class);
            });
        }
        for (String notAPartner : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.REVIEWER)) {
            as(notAPartner, () -> assertThatThrownBy(() -> myErasure.ask("x")).as(notAPartner)
                    .isInstanceOf(AccessDeniedException.class));
        }
    }

    @Test
    void partnersIdentifyingValues_readOnlyByTheLeadOrTheJob() {
        Long partner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Identified"));
        for (String other : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER,
                DemoLogins.REVIEWER)) {
            as(other, () -> assertThatThrownBy(() -> identities.find(partner)).as(other)
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThat(as(DemoLogins.NB_LEAD, () -> identities.find(partner))).isPresent();
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
