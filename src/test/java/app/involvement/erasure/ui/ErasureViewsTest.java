package app.involvement.erasure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.erasure.ErasureFixture;
import app.involvement.erasure.ErasureTestConfig;
import app.involvement.erasure.ErasureTestData;
import app.involvement.pool.Pool;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure pages as their users see them (DD047): the partner's page explains and lets them ask and withdraw;
 * the lead erases only after a dialog saying it cannot be undone and then the partner's name typed; a blocked
 * erasure's button is disabled with the reason in words; the on-behalf page needs a ground; the lead's home card.
 */
class ErasureViewsTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Pool pool;

    @BeforeEach
    @AfterEach
    void forget() {
        ErasureTestData.forgetRequestsOf(jdbc, DemoLogins.NB_PARTNER);
        ErasureTestConfig.BLOCKED.clear();
    }

    @Test
    void partner_readsWhatIsErasedAndKept_asks_thenChangesTheirMind() {
        as(DemoLogins.NB_PARTNER, () -> {
            UI.getCurrent().navigate("my-profile");
            assertThat(find(Anchor.class).withId("my-profile-leave").single().getHref()).isEqualTo("my-data/leave");
            UI.getCurrent().navigate("my-data/leave");
            assertThat(text()).contains("What we delete").contains("What we must keep")
                    .contains("6 years after the end of the tax year").contains("payment reference");
            test(find(TextArea.class).withId("erasure-reason").single()).setValue("Too busy now");
            test(find(Button.class).withId("erasure-ask").single()).click();
            assertThat(text()).contains("You have asked to leave").contains("You told us: Too busy now");
            assertThat(find(Button.class).withId("erasure-ask").exists()).isFalse();
            test(find(Button.class).withId("erasure-withdraw").single()).click();
            assertThat(find(Button.class).withId("erasure-ask").exists()).isTrue();
            assertThat(text()).doesNotContain("You have asked to leave");
        });
    }

    @Test
    void lead_erases_onlyAfterTheIrreversibleDialog_andTheNameTyped() {
        Long partner = inNorthbridge(() -> ErasureTestData.partner(pool, "View"));
        String name = ErasureTestData.preferredName(jdbc, partner);
        Long request = ErasureTestData.openRequest(jdbc, partner, "Please forget me");
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("erasure-requests/" + request);
            assertThat(text()).contains(name).contains("Please forget me").contains("Nothing stops it.");
            test(find(Button.class).withId("erasure-erase").single()).click();

            var first = find(Dialog.class).withId("erasure-confirm-first").single();
            assertThat(first.isOpened()).isTrue();
            assertThat(find(Paragraph.class).withId("erasure-confirm-first-text").single().getText())
                    .contains("cannot be undone");
            assertThat(ErasureTestData.status(jdbc, request)).as("the first dialog erases nothing").isEqualTo("OPEN");
            test(find(Button.class).withId("erasure-continue").single()).click();
            assertThat(first.isOpened()).isFalse();

            var second = find(Dialog.class).withId("erasure-confirm-second").single();
            assertThat(second.isOpened()).isTrue();
            var typed = find(TextField.class).withId("erasure-typed-name").single();
            assertThat(typed.getLabel()).contains(name);
            test(typed).setValue("Not " + name);
            test(find(Button.class).withId("erasure-confirm").single()).click();
            assertThat(typed.isInvalid()).isTrue();
            assertThat(typed.getErrorMessage()).isEqualTo("Type the partner’s preferred name exactly as shown.");
            assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("OPEN");

            test(typed).setValue(name);
            test(find(Button.class).withId("erasure-confirm").single()).click();
            assertThat(ErasureTestData.status(jdbc, request)).isEqualTo("DONE");
            assertThat(find(Button.class).withId("erasure-erase").exists()).isFalse();
        });
    }

    @Test
    void lead_cannotErase_whileSomethingStopsIt_andSeesWhyInWords() {
        Long partner = inNorthbridge(() -> ErasureTestData.partner(pool, "Blocked view"));
        Long request = ErasureTestData.openRequest(jdbc, partner, null);
        ErasureTestConfig.BLOCKED.add(partner);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("erasure-requests/" + request);
            assertThat(find(Div.class).withId("erasure-blockers").exists() || text().contains("What stops the erasure"))
                    .isTrue();
            assertThat(text()).contains(ErasureTestConfig.BLOCKED_REASON);
            assertThat(find(Button.class).withId("erasure-erase").single().isEnabled()).isFalse();
            assertThat(find(Paragraph.class).withId("erasure-erase-why").single().getText())
                    .contains("once the reasons above are dealt with");
        });
    }

    @Test
    void lead_erasesOnBehalf_fromThePartnersPage_needsAGroundFirst() {
        Long partner = inNorthbridge(() -> ErasureTestData.partner(pool, "Behalf view"));
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("partners/" + partner);
            assertThat(find(Anchor.class).withId("partner-erase-link").single().getHref())
                    .isEqualTo("erasure-requests/new/" + partner);
            UI.getCurrent().navigate("erasure-requests/new/" + partner);
            test(find(Button.class).withId("erasure-erase").single()).click();
            var ground = find(app.involvement.shared.ui.LightRadioGroup.class).withId("erasure-ground").single();
            assertThat(ground.isInvalid()).isTrue();
            assertThat(ground.getErrorMessage()).isEqualTo("Choose why you are erasing this partner.");
            assertThat(find(Dialog.class).all()).as("no confirmation before a ground is chosen").isEmpty();
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("partners/" + partner);
            assertThat(find(Anchor.class).withId("partner-erase-link").exists()).as("the lead's link only").isFalse();
        });
    }

    @Test
    void theLeadsHome_countsTheRequestsWaiting_andLinksTheDemoRequest() {
        Long demo = ErasureFixture.northbridgeDemoRequest(jdbc);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("");
            var card = find(Div.class).withId("home-erasure-requests").single();
            assertThat(card.getElement().getTextRecursively()).matches("(?s).*\\d+ erasure requests? waiting.*");
            assertThat(card.getElement().toString()).contains("erasure-requests/" + demo);
        });
    }

    @Test
    void theDemoRequest_isFromAPartnerWithNothingUnpaid_soNothingStopsIt() {
        Long demo = ErasureFixture.northbridgeDemoRequest(jdbc);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("erasure-requests/" + demo);
            assertThat(text()).contains("Nothing stops it.");
            assertThat(find(Button.class).withId("erasure-erase").single().isEnabled()).isTrue();
        });
    }

    @Test
    void southmoorsLead_tamperingWithNorthbridgeIds_getsNotFound() {
        Long demo = ErasureFixture.northbridgeDemoRequest(jdbc);
        Long partner = ErasureFixture.northbridgeDemoRequester(jdbc);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("erasure-requests/" + demo);
            assertThat(getCurrentView()).isInstanceOf(app.involvement.shell.ui.NotFoundView.class);
            UI.getCurrent().navigate("erasure-requests/new/" + partner);
            assertThat(getCurrentView()).isInstanceOf(app.involvement.shell.ui.NotFoundView.class);
        });
    }

    private Long inNorthbridge(java.util.function.Supplier<Long> body) {
        Long[] id = new Long[1];
        as(DemoLogins.NB_LEAD, () -> id[0] = body.get());
        return id[0];
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
