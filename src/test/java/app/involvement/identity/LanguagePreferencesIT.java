package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.Language;
import app.involvement.tenancy.ProviderLanguage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** E-mails in the recipient's language, and the provider's default language: who may set it, and for which provider. */
class LanguagePreferencesIT extends IntegrationTestBase {

    @Autowired
    private PasswordReset passwordReset;

    @Autowired
    private Invitations invitations;

    @Autowired
    private ProviderLanguage providerLanguage;

    @BeforeEach
    @AfterEach
    void providersSpeakTheirDemoDefault() {
        jdbc.update("update provider set default_language = null");
        jdbc.update("delete from throttle_counter where bucket like 'reset-%'");
    }

    @Test
    void resetMail_isInTheAccountsLanguage() {
        String welsh = newAccount("cy");
        String unchosen = newAccount(null);
        String unknown = newAccount("xx");

        passwordReset.request(welsh, "198.51.100.31");
        passwordReset.request(unchosen, "198.51.100.32");
        passwordReset.request(unknown, "198.51.100.33");

        Map<String, Object> cy = mailTo(welsh);
        assertThat(cy.get("subject")).isEqualTo("Ailosod cyfrinair eich Porth Cyfranogiad");
        assertThat((String) cy.get("body")).startsWith("Helo Rhea,").containsPattern(WELSH_MONTH);
        assertThat(mailTo(unchosen).get("subject")).isEqualTo("Reset your Involvement Portal password");
        assertThat((String) mailTo(unchosen).get("body")).containsPattern(ENGLISH_MONTH);
        assertThat(mailTo(unknown).get("subject")).as("an unknown stored code is English")
                .isEqualTo("Reset your Involvement Portal password");
    }

    @Test
    void invitation_isInTheProvidersDefault_unlessTheInviteeHasAnAccountLanguage() {
        as(DemoLogins.SM_LEAD, () -> providerLanguage.changeDefault(Language.WELSH));
        String newcomer = "newcomer." + System.nanoTime() + "@example.org";
        String englishSpeaker = newAccount("en");

        as(DemoLogins.SM_LEAD, () -> invitations.inviteStaff(newcomer, Role.COORDINATOR));
        as(DemoLogins.SM_LEAD, () -> invitations.inviteStaff(englishSpeaker, Role.FINANCE));
        as(DemoLogins.NB_LEAD, () -> invitations.inviteStaff("nb." + newcomer, Role.COORDINATOR));

        assertThat((String) mailTo(newcomer).get("subject")).isEqualTo("Southmoor College: eich gwahoddiad i’r Porth Cyfranogiad");
        assertThat((String) mailTo(newcomer).get("body")).contains("fel cydlynydd").containsPattern(WELSH_MONTH);
        assertThat((String) mailTo(englishSpeaker).get("subject")).isEqualTo("Southmoor College: your invitation to the Involvement Portal");
        assertThat((String) mailTo("nb." + newcomer).get("subject")).as("another provider keeps English")
                .isEqualTo("Northbridge University: your invitation to the Involvement Portal");
    }

    @Test
    void theLead_setsTheDefault_ofTheirOwnProviderOnly_andItIsAudited() {
        long northbridge = providerId("NBU");
        long southmoor = providerId("SMC");
        long auditedBefore = languageChanges(northbridge);

        as(DemoLogins.NB_LEAD, () -> providerLanguage.changeDefault(Language.WELSH));

        assertThat(providerLanguage.defaultOf(northbridge)).isEqualTo(Language.WELSH);
        assertThat(providerLanguage.defaultOf(southmoor)).isEqualTo(Language.ENGLISH);
        assertThat(as(DemoLogins.NB_LEAD, providerLanguage::ownDefault)).isEqualTo(Language.WELSH);
        assertThat(as(DemoLogins.SM_LEAD, providerLanguage::ownDefault)).isEqualTo(Language.ENGLISH);
        assertThat(languageChanges(northbridge)).isEqualTo(auditedBefore + 1);
    }

    private long languageChanges(long providerId) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = 'PROVIDER_LANGUAGE_CHANGED'"
                + " and tenant_id = ? and actor = ? and detail = 'default language en -> cy'", Long.class,
                providerId, DemoLogins.NB_LEAD);
    }

    @Test
    void nobodyElse_changesTheDefault() {
        for (String email : new String[] {DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER,
                DemoLogins.REVIEWER, DemoLogins.PLATFORM}) {
            assertThatThrownBy(() -> as(email, () -> providerLanguage.changeDefault(Language.WELSH)))
                    .as(email).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from provider where default_language is not null", Long.class)).isZero();
    }

    @Test
    void anUnknownStoredDefault_isEnglish() {
        jdbc.update("update provider set default_language = 'zz' where short_code = 'NBU'");
        assertThat(providerLanguage.defaultOf(providerId("NBU"))).isEqualTo(Language.ENGLISH);
        assertThat(providerLanguage.defaultOf(-1L)).isEqualTo(Language.ENGLISH);
    }

    private static final String WELSH_MONTH = "\\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \\d{4}";
    private static final String ENGLISH_MONTH = "\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}";

    private String newAccount(String language) {
        String email = "language." + System.nanoTime() + "@example.org";
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at, language)"
                + " values (0, ?, 'Rhea', 0, ?, ?)", email, Timestamp.from(Instant.now()), language);
        return email;
    }

    private Map<String, Object> mailTo(String email) {
        return jdbc.queryForMap("select subject, body from mail_message where recipient = ? order by id desc limit 1", email);
    }
}
