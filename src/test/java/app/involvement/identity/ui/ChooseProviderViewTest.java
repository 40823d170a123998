package app.involvement.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A person in two providers picks one after login and then works in it, with that provider's role. */
class ChooseProviderViewTest extends ViewTestBase {

    @Autowired
    private CurrentUser currentUser;

    @Test
    void choosingAProvider_makesItTheCurrentOne() {
        as(DemoLogins.BOTH, () -> {
            UI.getCurrent().navigate(ChooseProviderView.class);
            var options = find(Button.class).withTextContaining("–").all();
            assertThat(options).extracting(Button::getText).containsExactly(
                    "Northbridge University – Service user or carer", "Southmoor College – Service user or carer");

            test(find(Button.class).withTextContaining("Southmoor College").single()).click();

            PortalUser user = (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            assertThat(user.activeMembership()).get().satisfies(m -> {
                assertThat(m.providerName()).isEqualTo("Southmoor College");
                assertThat(m.role()).isEqualTo(Role.PARTNER);
            });
            assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_PARTNER");
        });
    }

    @Test
    void aOneProviderLead_isNotToldTheyBelongToSeveral() {
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(ChooseProviderView.class);
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .containsExactly("Choose the provider to work in.");
        });
    }

    @Test
    void thePlatformAdmin_isNotToldToAskForAnInvitation() {
        as(DemoLogins.PLATFORM, () -> {
            UI.getCurrent().navigate(ChooseProviderView.class);
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .noneMatch(t -> t.contains("Ask your provider")).anyMatch(t -> t.contains("outside providers"));
        });
    }

    @Test
    void someoneElsesMembership_cannotBeChosen() {
        as(DemoLogins.NB_LEAD, () -> {
            Long leadMembership = currentUser.require().activeMembership().orElseThrow().membershipId();
            as(DemoLogins.BOTH, () -> assertThatThrownBy(() -> currentUser.choose(leadMembership))
                    .isInstanceOf(AccessDeniedException.class));
        });
    }
}
