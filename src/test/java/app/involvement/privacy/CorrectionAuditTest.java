package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.pool.PartnerLimits;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff correct a partner's record only with a reason; the audit names the fields and the reason, never the values. */
class CorrectionAuditTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Pool pool;

    @Test
    void aCorrection_isAuditedWithTheFieldsChangedAndTheReason_neverTheValues() {
        Long id = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_CARER, "NBU");
        as(DemoLogins.NB_COORDINATOR, () -> {
            PartnerProfile before = pool.find(id).orElseThrow().profile();
            var corrected = new PartnerProfile(before.preferredName(), before.fullName(), before.pronouns(),
                    before.email(), "07700 900 456", "LS2 9JT", before.kind(), before.contactPreference(),
                    before.paymentChoice(), before.accessNeeds(), before.accessNotes(), before.interests());
            pool.update(id, corrected, pool.find(id).orElseThrow().staffNotes(), "The partner phoned with new details");
            try {
                String detail = jdbc.queryForObject("select detail from audit_entry where event_type = 'PARTNER_CORRECTED'"
                        + " and subject = ? order by id desc limit 1", String.class, "partner " + id);
                assertThat(detail).isEqualTo("fields: phone, postcode; reason: The partner phoned with new details");
                assertThat(detail).doesNotContain("07700", "LS2 9JT");
                if (!before.phone().isEmpty()) {
                    assertThat(detail).doesNotContain(before.phone());
                }
            } finally {
                pool.update(id, before, pool.find(id).orElseThrow().staffNotes(), "Test put back");
            }
        });
    }

    @Test
    void withoutAReason_nothingIsChanged() {
        Long id = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_CARER, "NBU");
        String name = jdbc.queryForObject("select preferred_name from partner where id = ?", String.class, id);
        as(DemoLogins.NB_COORDINATOR, () -> {
            PartnerProfile before = pool.find(id).orElseThrow().profile();
            var renamed = new PartnerProfile("Renamed Without Reason", before.fullName(), before.pronouns(),
                    before.email(), before.phone(), before.postcode(), before.kind(), before.contactPreference(),
                    before.paymentChoice(), before.accessNeeds(), before.accessNotes(), before.interests());
            for (String reason : new String[] {null, "   ", "x".repeat(PartnerLimits.CORRECTION_REASON + 1)}) {
                assertThatThrownBy(() -> pool.update(id, renamed, null, reason))
                        .isInstanceOfSatisfying(BusinessRuleException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("pool.error.correction-reason"));
            }
        });
        assertThat(jdbc.queryForObject("select preferred_name from partner where id = ?", String.class, id)).isEqualTo(name);
    }

    @Test
    void theForm_asksForTheReason_andSavesNothingWithoutIt() {
        Long id = PrivacyFixture.partnerOf(jdbc, DemoLogins.NB_CARER, "NBU");
        long corrections = corrections(id);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            test(find(Button.class).withText("Edit details").single()).click();
            test(find(Button.class).withText("Save").single()).click();
            var reason = find(TextArea.class).withId("partner-correction-reason").single();
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).contains("reason");
        });
        assertThat(corrections(id)).isEqualTo(corrections);
    }

    private long corrections(Long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PARTNER_CORRECTED' and subject = ?",
                Long.class, "partner " + id);
    }
}
