package app.involvement.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.Pool;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two providers (DD047): Southmoor's lead neither lists nor opens Northbridge's requests, and cannot erase a
 * Northbridge partner by putting Northbridge's request or partner id in; each refusal is audited and changes
 * nothing. A person in both providers asks in one provider only.
 */
class ErasureIsolationIT extends IntegrationTestBase {

    @Autowired
    private ErasureRequests requests;
    @Autowired
    private MyErasure myErasure;
    @Autowired
    private Pool pool;
    @Autowired
    private app.involvement.identity.CurrentUser currentUser;

    private Long nbPartner;
    private Long nbRequest;
    private String nbName;

    @BeforeEach
    void northbridgeRequest() {
        forget();
        nbPartner = as(DemoLogins.NB_LEAD, () -> ErasureTestData.partner(pool, "Isolated"));
        nbName = ErasureTestData.preferredName(jdbc, nbPartner);
        nbRequest = ErasureTestData.openRequest(jdbc, nbPartner, "Northbridge only");
    }

    @AfterEach
    void forget() {
        ErasureTestData.forgetRequestsOf(jdbc, DemoLogins.BOTH);
        ErasureTestConfig.ERASED.clear();
    }

    @Test
    void southmoor_neitherListsNorCountsNorOpensNorthbridgesRequests() {
        long nbOpen = as(DemoLogins.NB_LEAD, requests::countOpen);
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(requests.list(PageRequest.of(0, 100))).extracting(ErasureRequestRow::id).doesNotContain(nbRequest);
            assertThat(requests.oldestOpen(100)).extracting(ErasureRequestRow::partnerId).doesNotContain(nbPartner);
            assertThat(requests.countOpen()).isLessThan(nbOpen);
        });
    }

    @Test
    void tamperedRequestAndPartnerIds_areRefused_audited_andChangeNothing() {
        var before = snapshot();
        long refusalsBefore = refusals();
        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> requests.request(nbRequest, Locale.UK)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.erase(nbRequest, nbName)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.onBehalf(nbPartner, Locale.UK)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.eraseOnBehalf(nbPartner, ErasureGround.OTHER, nbName))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(snapshot()).isEqualTo(before);
        assertThat(ErasureTestConfig.ERASED).isEmpty();
        assertThat(refusals() - refusalsBefore).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPersonInBothProviders_asksInTheProviderTheyChose_only() {
        Long southmoor = providerId("SMC");
        Long request = inSouthmoorAsBoth(() -> myErasure.ask(null));
        assertThat(jdbc.queryForObject("select p.tenant_id from erasure_request r join partner p"
                + " on p.id = r.partner_id and p.tenant_id = r.tenant_id where r.id = ?", Long.class, request))
                .isEqualTo(southmoor);
        as(DemoLogins.NB_LEAD, () -> {
            assertThat(requests.list(PageRequest.of(0, 100))).extracting(ErasureRequestRow::id).doesNotContain(request);
            assertThatThrownBy(() -> requests.request(request, Locale.UK)).isInstanceOf(AccessDeniedException.class);
        });
    }

    /** The person in both providers, having chosen Southmoor (as the provider picker does after login). */
    private <T> T inSouthmoorAsBoth(java.util.function.Supplier<T> body) {
        Long southmoor = providerId("SMC");
        var auth = app.involvement.DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.BOTH);
        var contexts = org.springframework.security.core.context.SecurityContextHolder.getContext();
        contexts.setAuthentication(auth);
        try {
            var membership = currentUser.memberships().stream().filter(m -> m.providerId().equals(southmoor))
                    .findFirst().orElseThrow();
            var chosen = DemoLogins.user(auth).withActiveMembership(membership);
            contexts.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(chosen, null, chosen.getAuthorities()));
            return app.involvement.tenancy.TenantContext.runAs(southmoor, body);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void requestRows_carryTheirPartnersProvider() {
        assertThat(jdbc.queryForObject("select count(*) from erasure_request r join partner p on p.id = r.partner_id"
                + " where r.tenant_id <> p.tenant_id", Long.class)).isZero();
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("select (select status from erasure_request where id = ?) status,"
                + " (select reason from erasure_request where id = ?) reason,"
                + " (select preferred_name from partner where id = ?) name,"
                + " (select count(*) from erasure_request where partner_id = ?) requests,"
                + " (select count(*) from audit_entry where event_type = 'PARTNER_ERASED' and subject = ?) erased",
                nbRequest, nbRequest, nbPartner, nbPartner, "partner " + nbPartner);
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and tenant_id = ?", Long.class, providerId("SMC"));
    }
}
