package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.Pool;
import app.involvement.pool.SensitiveSection;
import app.involvement.shared.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff opening a partner's experience and access needs is recorded once per opening, and only that partner sees it,
 * in their provider (DD050).
 */
class SensitiveLooksTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SensitiveLooks looks;

    @Autowired
    private Pool pool;

    @Test
    void openingTheSection_recordsOneLook_whichThePartnerSees_andNoOtherPartnerDoes() {
        Long partner = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_PARTNER, "NBU");
        long carerBefore = countFor(DemoLogins.NB_CARER);
        long southmoorBefore = countFor(DemoLogins.SM_PARTNER);
        long rows = looksAt(partner);
        long audits = auditsAbout(partner);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(partner));
            assertThat(looksAt(partner)).as("nothing is recorded before the section is opened").isEqualTo(rows);
            var section = find(Details.class).withId("partner-sensitive").single();
            assertThat(section.isOpened()).isFalse();
            section.setOpened(true);
            assertThat(section.getElement().getTextRecursively()).contains("Access needs", "Experience categories");
            section.setOpened(false);
            section.setOpened(true);
        });
        assertThat(looksAt(partner)).as("one look per opening of the page's section").isEqualTo(rows + 1);
        assertThat(auditsAbout(partner)).isEqualTo(audits + 1);
        assertThat(jdbc.queryForObject("select detail from audit_entry where event_type = 'SENSITIVE_DATA_VIEWED'"
                + " and subject = ? and actor = ? order by id desc limit 1", String.class, "partner " + partner,
                DemoLogins.NB_COORDINATOR)).isEqualTo("section: EXPERIENCE_AND_ACCESS; role: COORDINATOR");

        as(DemoLogins.NB_PARTNER, () -> {
            SensitiveLook newest = looks.mine(PageRequest.of(0, 1)).getFirst();
            assertThat(newest.staffEmail()).isEqualTo(DemoLogins.NB_COORDINATOR);
            assertThat(newest.staffRole()).isEqualTo("COORDINATOR");
            assertThat(newest.section()).isEqualTo(SensitiveSection.EXPERIENCE_AND_ACCESS);
            UI.getCurrent().navigate(PrivacyNavigation.LOOKS);
            String page = getCurrentView().getElement().getTextRecursively();
            assertThat(page).contains(DemoLogins.NB_COORDINATOR, "coordinator", "your experience and access needs");
        });
        assertThat(countFor(DemoLogins.NB_CARER)).as("another partner").isEqualTo(carerBefore);
        assertThat(countFor(DemoLogins.SM_PARTNER)).as("another provider's partner").isEqualTo(southmoorBefore);
    }

    @Test
    void openingTheCorrectionForm_isALookAtTheAccessNeeds() {
        Long partner = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_CARER, "NBU");
        long rows = looksAt(partner);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(partner));
            test(find(Button.class).withText("Edit details").single()).click();
        });
        assertThat(looksAt(partner)).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("select section from privacy_sensitive_look where partner_id = ?"
                + " order by id desc limit 1", String.class, partner)).isEqualTo("ACCESS_NEEDS_FORM");
    }

    @Test
    void anotherProvidersPartner_cannotBeOpened_andNothingIsRecorded() {
        Long northbridge = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_PARTNER, "NBU");
        long rows = looksAt(northbridge);
        as(DemoLogins.SM_LEAD, () -> {
            assertThatThrownBy(() -> pool.openSensitive(northbridge, SensitiveSection.EXPERIENCE_AND_ACCESS))
                    .isInstanceOf(BusinessRuleException.class);
            UI.getCurrent().navigate(PartnerNavigation.details(northbridge));
            assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("PartnerDetailsView");
        });
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(
                () -> pool.openSensitive(northbridge, SensitiveSection.EXPERIENCE_AND_ACCESS))
                .isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.REVIEWER, () -> assertThatThrownBy(
                () -> pool.openSensitive(northbridge, SensitiveSection.EXPERIENCE_AND_ACCESS))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(looksAt(northbridge)).isEqualTo(rows);
    }

    @Test
    void staffCannotReadThePartnersList() {
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(looks::countMine).isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> looks.mine(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));
    }

    private long countFor(String partnerEmail) {
        var count = new AtomicLong();
        as(partnerEmail, () -> count.set(looks.countMine()));
        return count.get();
    }

    private long looksAt(Long partner) {
        return jdbc.queryForObject("select count(*) from privacy_sensitive_look where partner_id = ?", Long.class, partner);
    }

    private long auditsAbout(Long partner) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'SENSITIVE_DATA_VIEWED'"
                + " and subject = ?", Long.class, "partner " + partner);
    }
}
