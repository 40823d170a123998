package app.involvement.dataexport;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lead's copy page is bound to the provider it is opened under: another provider's partner id, an unknown id or
 * a tampered one is "not found", and the "Copy of their data" link on the partner's page is there for the lead only.
 */
class DataExportIsolationIT extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private Long partnerIn(String code, String email) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " join provider v on v.id = p.tenant_id where u.email = ? and v.short_code = ?", Long.class, email, code);
    }

    private Optional<Component> copyLink() {
        return getCurrentView().getElement().getChildren().findAny().isPresent()
                ? $(com.vaadin.flow.component.html.Anchor.class).all().stream()
                        .filter(a -> "partner-data-copy".equals(a.getId().orElse(null))).map(Component.class::cast)
                        .findFirst()
                : Optional.empty();
    }

    @Test
    void anotherProvidersPartner_orATamperedId_isNotFound_onTheLeadsCopyPage() {
        Long northbridge = partnerIn("NBU", DemoLogins.NB_PARTNER);
        Long southmoor = partnerIn("SMC", DemoLogins.SM_PARTNER);
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate(DataExportNavigation.partnerCopy(northbridge));
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate(DataExportNavigation.partnerCopy(Long.MAX_VALUE));
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate(DataExportNavigation.partnerCopy(southmoor));
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("PartnerCopyView");
        });
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate(DataExportNavigation.partnerCopy(southmoor));
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate(DataExportNavigation.partnerCopy(northbridge));
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("PartnerCopyView");
            UI.getCurrent().navigate("partners/" + northbridge + "x/copy");
            assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("PartnerCopyView");
        });
    }

    @Test
    void theCopyLinkOnThePartnersPage_isTheLeadsAlone() {
        Long northbridge = partnerIn("NBU", DemoLogins.NB_PARTNER);
        as(DemoLogins.NB_LEAD, () -> {
            UI.getCurrent().navigate("partners/" + northbridge);
            assertThat(copyLink()).isPresent();
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("partners/" + northbridge);
            assertThat(copyLink()).isEmpty();
        });
        as(DemoLogins.NB_FINANCE, () -> {
            UI.getCurrent().navigate("partners/" + northbridge);
            assertThat(copyLink()).isEmpty();
        });
    }
}
