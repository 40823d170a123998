package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shared.Language;
import app.involvement.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages in the chosen language with UK formats — on a server whose own locale is en_US: date pickers
 * take day/month/year with English or Welsh names, grids show "26 Nov 2026", and the header's switch
 * stores the choice on the account.
 */
class LanguageViewTest extends ViewTestBase {

    private static final Locale CY = Language.WELSH.locale();
    private static final Locale EN = Language.ENGLISH.locale();

    @Autowired
    private JdbcTemplate jdbc;

    private Locale jvmLocale;

    @BeforeEach
    void runAsAnAmericanServer() {
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmLocale);
        jdbc.update("update user_account set language = null where email in (?, ?)", DemoLogins.NB_PARTNER,
                DemoLogins.NB_COORDINATOR);
        jdbc.update("update provider set default_language = null");
    }

    @ParameterizedTest(name = "date pickers of {1} in {0}")
    @CsvSource({
            "en-GB, coordinator@northbridge.example, who-is-free",
            "cy-GB, coordinator@northbridge.example, who-is-free",
            "en-GB, coordinator@northbridge.example, partners",
            "cy-GB, partner@northbridge.example,     my-availability",
    })
    void datePickers_takeDayMonthYear_withNamesOfThePagesLanguage(String tag, String email, String route) {
        Locale locale = Locale.forLanguageTag(tag);
        boolean welsh = Language.of(locale) == Language.WELSH;
        as(email, () -> {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate(route);
            List<DatePicker> pickers = find(DatePicker.class).all();
            assertThat(pickers).isNotEmpty();
            for (DatePicker picker : pickers) {
                var i18n = picker.getI18n();
                assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy").contains("d/M/yyyy");
                assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
                assertThat(picker.getLocale()).isEqualTo(locale);
                if (welsh) {
                    assertThat(i18n.getMonthNames()).containsExactly("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai",
                            "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr");
                    assertThat(i18n.getWeekdays()).containsExactly("Dydd Sul", "Dydd Llun", "Dydd Mawrth",
                            "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn");
                    assertThat(i18n.getToday()).isEqualTo("Heddiw");
                    assertThat(i18n.getCancel()).isEqualTo("Canslo");
                } else {
                    assertThat(i18n.getMonthNames()).startsWith("January", "February");
                    assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
                    assertThat(i18n.getToday()).isEqualTo("Today");
                }
            }
        });
    }

    @Test
    void grids_showUkDates_notTheServersUsOnes() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().setLocale(EN);
            UI.getCurrent().navigate("staff");
            var staff = test(find(Grid.class).first());
            assertThat(staff.getCellText(0, 3)).matches("\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \\d{4}");

            UI.getCurrent().setLocale(CY);
            UI.getCurrent().navigate("staff");
            var welsh = test(find(Grid.class).first());
            assertThat(welsh.getCellText(0, 3)).matches("\\d{1,2} (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \\d{4}");
        });
    }

    @Test
    void header_offersTheOtherLanguage_inThatLanguage() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().setLocale(EN);
            UI.getCurrent().navigate("");
            var toWelsh = find(LanguageSwitch.class).single();
            assertThat(toWelsh.getText()).isEqualTo("Cymraeg");
            assertThat(toWelsh.getElement().getAttribute("lang")).isEqualTo("cy");

            UI.getCurrent().setLocale(CY);
            UI.getCurrent().navigate("my-profile");
            var toEnglish = find(LanguageSwitch.class).single();
            assertThat(toEnglish.getText()).isEqualTo("English");
            assertThat(toEnglish.getElement().getAttribute("lang")).isEqualTo("en");
        });
    }

    @Test
    void choosingWelsh_signedIn_isStoredOnTheAccount() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().setLocale(EN);
            UI.getCurrent().navigate("");
            test(find(LanguageSwitch.class).single()).click();
        });
        assertThat(jdbc.queryForObject("select language from user_account where email = ?", String.class,
                DemoLogins.NB_PARTNER)).isEqualTo("cy");
        assertThat(jdbc.queryForObject("select count(*) from user_account where language is not null", Long.class))
                .as("nobody else's account").isOne();
    }

    @Test
    void theLead_setsTheProvidersDefaultLanguage_onTheStaffPage() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().setLocale(EN);
            UI.getCurrent().navigate("staff");
            @SuppressWarnings("unchecked")
            Select<Language> language = (Select<Language>) find(Select.class).withId("provider-language").single();
            assertThat(language.getValue()).isEqualTo(Language.ENGLISH);
            test(language).selectItem("Welsh");
        });
        assertThat(jdbc.queryForObject("select default_language from provider where short_code = 'NBU'", String.class))
                .isEqualTo("cy");
        assertThat(jdbc.queryForObject("select default_language from provider where short_code = 'SMC'", String.class))
                .isNull();
    }
}
