package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The lead keeps the notice in versions, both languages required, earlier versions readable; nobody else may. */
class PrivacyNoticesTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PrivacyNotices notices;

    @AfterEach
    void demoNoticeBack() {
        PrivacyFixture.backToTheDemoNotice(jdbc, "NBU");
    }

    @Test
    void publishing_makesTheNextVersionWithTodaysDate_andKeepsTheEarlierOnesReadable() {
        as(DemoLogins.NB_LEAD, () -> {
            NoticeVersion first = notices.current().orElseThrow();
            NoticeVersion second = notices.publish("  Our notice, second version.  ", "Ein hysbysiad, ail fersiwn.");
            NoticeVersion third = notices.publish("Our notice, third version.", "Ein hysbysiad, trydedd fersiwn.");
            assertThat(second.number()).isEqualTo(first.number() + 1);
            assertThat(third.number()).isEqualTo(first.number() + 2);
            assertThat(second.textEnglish()).isEqualTo("Our notice, second version.");
            assertThat(second.publishedOn()).isEqualTo(LocalDate.now(UkFormats.UK_TIME));
            assertThat(second.publishedBy()).isEqualTo(DemoLogins.NB_LEAD);
            assertThat(notices.current()).contains(third);
            assertThat(notices.versions()).extracting(NoticeVersion::number)
                    .startsWith(third.number(), second.number(), first.number());
            assertThat(notices.versions().get(2).textWelsh()).isEqualTo(first.textWelsh());
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PRIVACY_NOTICE_PUBLISHED'"
                + " and tenant_id = ? and actor = ?", Long.class, PrivacyFixture.tenant(jdbc, "NBU"), DemoLogins.NB_LEAD))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void bothLanguagesAreRequired_withinTheLimit_andARefusalStoresNothing() {
        long before = versions();
        String tooLong = "a".repeat(PrivacyLimits.NOTICE_TEXT + 1);
        as(DemoLogins.NB_LEAD, () -> {
            assertThatThrownBy(() -> notices.publish("  ", "Hysbysiad"))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("privacy.error.english"));
            assertThatThrownBy(() -> notices.publish("Notice", null))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("privacy.error.welsh"));
            assertThatThrownBy(() -> notices.publish("Notice", tooLong))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("privacy.error.welsh"));
        });
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void theLeadsPage_saysWhatIsMissingNextToTheField_andPublishesNothing() {
        long before = versions();
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(PrivacyNavigation.NOTICE);
            var welsh = find(TextArea.class).withId("privacy-notice-welsh").single();
            test(welsh).setValue("");
            test(find(Button.class).withId("privacy-notice-publish").single()).click();
            assertThat(welsh.isInvalid()).isTrue();
            assertThat(welsh.getErrorMessage()).contains("Welsh");
        });
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void onlyTheLeadPublishes_andOnlyTheCurrentVersionCanBeConfirmed() {
        for (String other : new String[] {DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER}) {
            as(other, () -> assertThatThrownBy(() -> notices.publish("Notice", "Hysbysiad"))
                    .isInstanceOf(AccessDeniedException.class));
        }
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(notices::versions).isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> notices.publish("Version two.", "Fersiwn dau."));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> notices.confirm(1))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.not-current")));
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> notices.confirm(2))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void eachProviderKeepsItsOwnNotice() {
        as(DemoLogins.NB_LEAD, () -> notices.publish("Northbridge only.", "Northbridge yn unig."));
        as(DemoLogins.SM_LEAD, () -> {
            assertThat(notices.current().orElseThrow().textEnglish()).doesNotContain("Northbridge");
            assertThat(notices.versions()).extracting(NoticeVersion::textEnglish).doesNotContain("Northbridge only.");
        });
        as(DemoLogins.SM_PARTNER, () -> assertThat(notices.mustConfirm()).isFalse());
    }

    private long versions() {
        return jdbc.queryForObject("select count(*) from privacy_notice_version", Long.class);
    }
}
