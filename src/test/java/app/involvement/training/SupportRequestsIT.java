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
 * Support requests: the rules (nothing stored on a refusal), the way from requested to arranged or declined,
 * and isolation — a partner sees only their own, staff only their provider's, whatever ids they try.
 */
class SupportRequestsIT extends IntegrationTestBase {

    @Autowired
    private SupportRequests requests;

    private long count() {
        return jdbc.queryForObject("select count(*) from support_request", Long.class);
    }

    private Long partnerOf(String email, String provider) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ? and p.tenant_id = ?", Long.class, email, providerId(provider));
    }

    private String status(Long id) {
        return jdbc.queryForObject("select concat(status, ':', coalesce(outcome, '')) from support_request where id = ?",
                String.class, id);
    }

    @Test
    void partnerAsksForAnInterpreter_coordinatorArrangesIt_partnerSeesWhatWasArranged() {
        Long id = as(DemoLogins.NB_CARER, () -> requests.ask(new NewSupportRequest(SupportKind.BSL_INTERPRETER,
                "For the panel", LocalDate.now().plusDays(10))));
        as(DemoLogins.NB_COORDINATOR, () -> {
            assertThat(requests.list(SupportStatus.REQUESTED, PageRequest.of(0, 100))).extracting(SupportRequestRow::id)
                    .contains(id);
            requests.arrange(id, "Interpreter booked: Alex Jones");
        });
        var mine = as(DemoLogins.NB_CARER, () -> requests.mine());
        assertThat(mine).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(SupportStatus.ARRANGED);
                    assertThat(r.outcome()).isEqualTo("Interpreter booked: Alex Jones");
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'SUPPORT_ARRANGED' and subject = ?",
                Long.class, "support request " + id)).isEqualTo(1);
    }

    @Test
    void decliningWithoutAReason_isRefusedAndChangesNothing_withAReasonThePartnerSeesIt() {
        Long id = as(DemoLogins.NB_CARER, () -> requests.ask(new NewSupportRequest(SupportKind.TAXI, null, null)));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> requests.decline(id, "   "))
                .isInstanceOf(BusinessRuleException.class).hasMessage("support.decline.reason-required"));
        assertThat(status(id)).isEqualTo("REQUESTED:");
        as(DemoLogins.NB_COORDINATOR, () -> requests.decline(id, "The venue is next to the station"));
        assertThat(as(DemoLogins.NB_CARER, () -> requests.mine())).filteredOn(r -> r.id().equals(id))
                .extracting(SupportRequestRow::status, SupportRequestRow::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SupportStatus.DECLINED, "The venue is next to the station"));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> requests.arrange(id, "Changed my mind"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("support.already-handled"));
    }

    @Test
    void badRequests_areRefusedAndNothingIsStored() {
        long before = count();
        as(DemoLogins.NB_CARER, () -> {
            assertThatThrownBy(() -> requests.ask(new NewSupportRequest(null, "x", null)))
                    .hasMessage("my-support.kind-required");
            assertThatThrownBy(() -> requests.ask(new NewSupportRequest(SupportKind.OTHER, "  ", null)))
                    .hasMessage("my-support.details-required");
            assertThatThrownBy(() -> requests.ask(new NewSupportRequest(SupportKind.TAXI, "x".repeat(501), null)))
                    .hasMessage("field.too-long");
            assertThatThrownBy(() -> requests.ask(new NewSupportRequest(SupportKind.TAXI, null,
                    LocalDate.now().minusDays(2)))).hasMessage("my-support.date-in-past");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPartner_seesOnlyTheirOwn_andCannotHandleRequests() {
        Long carers = as(DemoLogins.NB_CARER, () -> requests.ask(new NewSupportRequest(SupportKind.HEARING_LOOP, null, null)));
        assertThat(as(DemoLogins.NB_PARTNER, () -> requests.mine())).extracting(SupportRequestRow::id)
                .isNotEmpty().doesNotContain(carers);
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> requests.arrange(carers, "Mine now")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.list(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.forPartner(partnerOf(DemoLogins.NB_CARER, "NBU")))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(status(carers)).isEqualTo("REQUESTED:");
    }

    @Test
    void anotherProvidersStaff_cannotSeeOrHandleOrAskWithTamperedIds() {
        Long northbridgeRequest = as(DemoLogins.NB_CARER, () -> requests.ask(new NewSupportRequest(SupportKind.TAXI, null, null)));
        Long northbridgePartner = partnerOf(DemoLogins.NB_CARER, "NBU");
        long before = count();
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThat(requests.list(null, PageRequest.of(0, 100))).extracting(SupportRequestRow::id)
                    .doesNotContain(northbridgeRequest);
            assertThat(requests.count(null)).isEqualTo(jdbc.queryForObject(
                    "select count(*) from support_request where tenant_id = ?", Long.class, providerId("SMC")));
            assertThat(requests.partner(northbridgePartner)).isEmpty();
            assertThat(requests.forPartner(northbridgePartner)).isEmpty();
            assertThatThrownBy(() -> requests.arrange(northbridgeRequest, "Taken over"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.decline(northbridgeRequest, "Taken over"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.askFor(northbridgePartner, new NewSupportRequest(SupportKind.TAXI, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(status(northbridgeRequest)).isEqualTo("REQUESTED:");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCoordinator_asksForAPartner_andTheRequestIsTheirs() {
        Long carer = partnerOf(DemoLogins.NB_CARER, "NBU");
        Long id = as(DemoLogins.NB_COORDINATOR, () -> requests.askFor(carer,
                new NewSupportRequest(SupportKind.COMPANION_PLACE, "Her husband comes with her", null)));
        assertThat(as(DemoLogins.NB_CARER, () -> requests.mine())).extracting(SupportRequestRow::id).contains(id);
        assertThat(jdbc.queryForObject("select tenant_id from support_request where id = ?", Long.class, id))
                .isEqualTo(providerId("NBU"));
    }
}
