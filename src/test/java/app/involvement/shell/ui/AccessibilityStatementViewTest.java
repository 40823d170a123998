package app.involvement.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.identity.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The accessibility statement opens for everyone, has the sections of the GOV.UK model statement, and
 * names the chosen provider's own contact — never another provider's.
 */
class AccessibilityStatementViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anonymousVisitor_seesTheModelSections_andIsToldToContactTheirInvolvementTeam() {
        SecurityContextHolder.clearContext();
        statement();
        assertThat(sections()).containsExactly("How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website", "Enforcement procedure",
                "Technical information about this website’s accessibility", "Compliance status",
                "Non-accessible content", "What we’re doing to improve accessibility",
                "Preparation of this accessibility statement");
        assertThat(text()).contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA",
                "Equality and Human Rights Commission", "Equality Commission for Northern Ireland",
                "Contact the involvement team at your education provider.", "prepared on 26 November 2026");
        assertThat(mailLinks()).isEmpty();
        assertThat(links()).contains("https://www.equalityadvisoryservice.com/", "https://www.equalityni.org/Home");
    }

    @Test
    void signedInPartner_seesTheirOwnProvidersContact() {
        Map<String, Object> northbridge = contact("NBU");
        Map<String, Object> southmoor = contact("SMC");
        as(DemoLogins.NB_PARTNER, () -> {
            statement();
            assertThat(mailLinks()).containsOnly("mailto:" + northbridge.get("contact_email")).hasSize(2);
            assertThat(text()).contains("Contact " + northbridge.get("contact_name") + " at Northbridge University:",
                    "Northbridge University runs this website")
                    .doesNotContain((String) southmoor.get("contact_email"));
        });
    }

    @Test
    void partnerOfAnotherProvider_seesThatProvidersContact() {
        Map<String, Object> southmoor = contact("SMC");
        as(DemoLogins.SM_PARTNER, () -> {
            statement();
            assertThat(mailLinks()).containsOnly("mailto:" + southmoor.get("contact_email"));
        });
    }

    @Test
    void footerLinksToTheStatement_onTheLoginPageAndInTheLayout() {
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("login");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(footerLink()).isEqualTo("accessibility");
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("");
            assertThat(footerLink()).isEqualTo("accessibility");
        });
    }

    private String footerLink() {
        return find(Anchor.class).all().stream().filter(a -> "footer-accessibility".equals(a.getId().orElse(null)))
                .map(Anchor::getHref).findFirst().orElse(null);
    }

    private Map<String, Object> contact(String code) {
        return jdbc.queryForMap("select contact_name, contact_email from provider where short_code = ?", code);
    }

    private void statement() {
        UI.getCurrent().navigate("accessibility");
        assertThat(getCurrentView()).isInstanceOf(AccessibilityStatementView.class);
    }

    private List<String> sections() {
        return find(H2.class).all().stream().map(H2::getText).toList();
    }

    private String text() {
        return String.join("\n", find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively()).toList());
    }

    private List<String> links() {
        return find(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }

    private List<String> mailLinks() {
        return links().stream().filter(h -> h.startsWith("mailto:")).toList();
    }
}
