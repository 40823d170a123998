package app.involvement.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import java.util.Set;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff open a partner; finance sees no experience categories; other providers' ids are not found. */
class PartnerDetailsViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Pool pool;

    private <T> T asReturning(String email, java.util.function.Supplier<T> body) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        as(email, () -> result.set(body.get()));
        return result.get();
    }

    @Test
    void coordinator_seesProfileConsentedCategoriesAndHistory() {
        Long id = consentedPartner("NBU");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            assertThat(getCurrentView()).isInstanceOf(PartnerDetailsView.class);
            String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
            assertThat(facts).contains("Staff notes").doesNotContain("Experience categories", "Access needs");
            // experience and access needs only once opened on purpose (DD050)
            find(com.vaadin.flow.component.details.Details.class).withId("partner-sensitive").single().setOpened(true);
            String sensitive = find(DescriptionList.class).all().get(1).getElement().getTextRecursively();
            assertThat(sensitive).contains("Experience categories", "consent given on", "Access needs");
        });
    }

    @Test
    void finance_seesNoCategoriesNotesOrActions() {
        Long id = consentedPartner("NBU");
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
            assertThat(facts).doesNotContain("Experience categories").doesNotContain("Staff notes");
            assertThat(find(Button.class).withText("Change status").all()).isEmpty();
        });
    }

    @Test
    void finance_seesContactStatusAndPaymentChoiceOnly_neverHealthRelatedData() {
        Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.status = 'ACTIVE' and p.user_id is null", Long.class);
        jdbc.update("update partner set access_needs = 'BREAKS', access_notes = 'Needs a quiet room' where id = ?", id);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            test(find(Button.class).withText("Change status").single()).click();
            @SuppressWarnings("unchecked")
            var status = (RadioButtonGroup<Object>) find(RadioButtonGroup.class).withCaption("New status").single();
            test(status).selectItem("Resting");
            test(find(TextArea.class).withCaption("Reason").single()).setValue("Resting for health reasons");
            test(find(Button.class).withText("Save").single()).click();
        });
        try {
            as(DemoLogins.NB_FINANCE, () -> {
                UI.getCurrent().navigate(PartnerNavigation.details(id));
                assertThat(getCurrentView()).isInstanceOf(PartnerDetailsView.class);
                String page = getCurrentView().getElement().getTextRecursively();
                assertThat(page).contains("Payment choice", "Preferred contact", "Resting");
                assertThat(page).doesNotContain("Resting for health reasons", "Needs a quiet room", "Access needs",
                        "Status history", "Staff notes", "Experience categories");
            });
        } finally {
            jdbc.update("update partner set status = 'ACTIVE', access_needs = null, access_notes = null where id = ?", id);
        }
    }

    @Test
    void anotherProvidersPartnerId_isNotFound() {
        Long southmoor = consentedPartner("SMC");
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(southmoor));
            assertThat(getCurrentView()).isNotInstanceOf(PartnerDetailsView.class);
            UI.getCurrent().navigate(PartnerNavigation.details(999_999_999L));
            assertThat(getCurrentView()).isNotInstanceOf(PartnerDetailsView.class);
        });
    }

    @Test
    void changingStatus_needsAReasonAndIsRecordedInHistory() {
        Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.status = 'ACTIVE' and p.user_id is null", Long.class);
        long before = history(id);
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            test(find(Button.class).withText("Change status").single()).click();
            @SuppressWarnings("unchecked")
            var status = (RadioButtonGroup<Object>) find(RadioButtonGroup.class).withCaption("New status").single();
            test(status).selectItem("Resting");
            test(find(Button.class).withText("Save").single()).click();
            var reason = find(TextArea.class).withCaption("Reason").single();
            assertThat(reason.isInvalid()).isTrue();
            assertThat(history(id)).isEqualTo(before);
            test(reason).setValue("Resting for health reasons");
            test(find(Button.class).withText("Save").single()).click();
        });
        assertThat(history(id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select status from partner where id = ?", String.class, id)).isEqualTo("RESTING");
        jdbc.update("update partner set status = 'ACTIVE' where id = ?", id);
    }

    @Test
    void readOnlyLabels_sayNoOptional_andThePhoneIsShownAsTyped() {
        Long id = asReturning(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Typed Phone", "", "", "", "07700 900 123",
                "", PartnerKind.CARER, ContactPreference.PHONE, null, Set.of(), "", Set.of()), null));
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate(PartnerNavigation.details(id));
            String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
            assertThat(facts).doesNotContain("optional").contains("Phone number", "07700 900 123", "Postcode", "Pronouns");
        });
    }

    private long history(Long id) {
        return jdbc.queryForObject("select count(*) from partner_status_change where partner_id = ?", Long.class, id);
    }

    private Long consentedPartner(String provider) {
        return jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = ? and p.consent_given_at is not null", Long.class, provider);
    }
}
