package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.pool.Pool;
import app.involvement.pool.SensitiveSection;
import app.involvement.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Two providers (H2 and MariaDB): a notice, its confirmations and the record of looks stay in the provider they were
 * made in; another provider's partner id, tampered into a call, is refused and records nothing (DD050).
 */
class PrivacyIsolationIT extends IntegrationTestBase {

    @Autowired
    private PrivacyNotices notices;

    @Autowired
    private SensitiveLooks looks;

    @Autowired
    private Pool pool;

    @Test
    void noticesConfirmationsAndLooks_stayInTheirProvider() {
        Long northbridge = providerId("NBU");
        Long partner = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_PARTNER, "NBU");
        long southmoorLooks = as(DemoLogins.SM_PARTNER, looks::countMine);
        boolean southmoorMustConfirm = as(DemoLogins.SM_PARTNER, notices::mustConfirm);
        NoticeVersion published = as(DemoLogins.NB_LEAD,
                () -> notices.publish("Northbridge isolation notice.", "Hysbysiad ynysu Northbridge."));
        try {
            as(DemoLogins.SM_LEAD, () -> assertThat(notices.versions()).extracting(NoticeVersion::textEnglish)
                    .doesNotContain("Northbridge isolation notice."));
            assertThat(as(DemoLogins.SM_PARTNER, notices::mustConfirm)).isEqualTo(southmoorMustConfirm);
            assertThat(as(DemoLogins.NB_PARTNER, notices::mustConfirm)).isTrue();
            as(DemoLogins.NB_PARTNER, () -> notices.confirm(published.number()));
            assertThat(as(DemoLogins.NB_PARTNER, notices::mustConfirm)).isFalse();
            assertThat(jdbc.queryForObject("select tenant_id from privacy_notice_confirmation where version_number = ?"
                    + " and partner_id = ?", Long.class, published.number(), partner)).isEqualTo(northbridge);

            as(DemoLogins.NB_COORDINATOR, () -> pool.openSensitive(partner, SensitiveSection.EXPERIENCE_AND_ACCESS));
            var newest = as(DemoLogins.NB_PARTNER, () -> looks.mine(PageRequest.of(0, 1))).getFirst();
            assertThat(newest.staffEmail()).isEqualTo(DemoLogins.NB_COORDINATOR);
            assertThat(as(DemoLogins.SM_PARTNER, looks::countMine)).isEqualTo(southmoorLooks);
        } finally {
            jdbc.update("delete from privacy_notice_confirmation where tenant_id = ? and version_number = ?", northbridge,
                    published.number());
            jdbc.update("delete from privacy_notice_version where tenant_id = ? and version_number = ?", northbridge,
                    published.number());
        }
    }

    @Test
    void anotherProvidersPartnerId_isRefused_andNoLookIsRecorded() {
        Long partner = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_PARTNER, "NBU");
        long before = jdbc.queryForObject("select count(*) from privacy_sensitive_look where partner_id = ?", Long.class,
                partner);
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> pool.openSensitive(partner, SensitiveSection.EXPERIENCE_AND_ACCESS))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> pool.openSensitive(partner, SensitiveSection.ACCESS_NEEDS_FORM))
                    .isInstanceOf(BusinessRuleException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from privacy_sensitive_look where partner_id = ?", Long.class,
                partner)).isEqualTo(before);
    }
}
