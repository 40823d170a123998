package app.involvement.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Provider A's staff and partners cannot read or change provider B's partners, whatever ids they try. */
class PoolIsolationIT extends IntegrationTestBase {

    @Autowired
    private Pool pool;

    @Autowired
    private MyProfile myProfile;

    @Test
    void poolList_andCount_areOnlyTheCurrentProviders() {
        // by name, as other tests add partners beyond a first page
        for (String email : List.of(DemoLogins.NB_PARTNER, DemoLogins.SM_PARTNER)) {
            var byName = new PoolFilter(jdbc.queryForObject("select preferred_name from partner where email = ?",
                    String.class, email), null, null, null, null, null);
            var northbridge = as(DemoLogins.NB_COORDINATOR, () -> pool.list(byName, PageRequest.of(0, 100)));
            var southmoor = as(DemoLogins.SM_COORDINATOR, () -> pool.list(byName, PageRequest.of(0, 100)));
            boolean ofNorthbridge = email.equals(DemoLogins.NB_PARTNER);
            assertThat(ofNorthbridge ? northbridge : southmoor).extracting(PartnerRow::email).contains(email);
            assertThat(ofNorthbridge ? southmoor : northbridge).extracting(PartnerRow::email).doesNotContain(email);
        }
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> pool.count(PoolFilter.none()))).isEqualTo(jdbc.queryForObject(
                "select count(*) from partner where tenant_id = ?", Long.class, providerId("SMC")));
    }

    @Test
    void anotherProvidersPartnerId_isNotFoundAndCannotBeChanged() {
        Long northbridgePartner = partnerOf(DemoLogins.NB_PARTNER, "NBU");
        String before = jdbc.queryForObject("select concat(preferred_name, status) from partner where id = ?", String.class,
                northbridgePartner);
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(pool.find(northbridgePartner)).isEmpty();
            assertThatThrownBy(() -> pool.update(northbridgePartner, new PartnerProfile("Tampered", "", "", "", "", "",
                    PartnerKind.CARER, ContactPreference.POST, PaymentChoice.FEE, Set.of(), "", Set.of()), null, "Tampered"))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> pool.changeStatus(northbridgePartner, PartnerStatus.LEFT, LocalDate.now(), "Tampered"))
                    .isInstanceOf(BusinessRuleException.class);
        });
        assertThat(jdbc.queryForObject("select concat(preferred_name, status) from partner where id = ?", String.class,
                northbridgePartner)).isEqualTo(before);
    }

    @Test
    void aPersonInTwoProviders_hasASeparateRecordInEach() {
        Long inNorthbridge = partnerOf(DemoLogins.BOTH, "NBU");
        Long inSouthmoor = partnerOf(DemoLogins.BOTH, "SMC");
        assertThat(inNorthbridge).isNotEqualTo(inSouthmoor);
        as(DemoLogins.SM_PARTNER, () -> assertThat(myProfile.get().orElseThrow().id()).isNotIn(inNorthbridge, inSouthmoor));
    }

    @Test
    void childRows_carryTheirProvidersTenantId() {
        for (String table : new String[] {"partner_status_change", "partner_experience", "partner_interest"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " c join partner p on p.id = c.partner_id"
                    + " where c.tenant_id <> p.tenant_id", Long.class)).as(table).isZero();
        }
    }

    private Long partnerOf(String email, String provider) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ? and p.tenant_id = ?", Long.class, email, providerId(provider));
    }
}
