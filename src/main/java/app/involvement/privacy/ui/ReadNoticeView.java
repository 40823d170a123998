package app.involvement.privacy.ui;

import app.involvement.identity.Role;
import app.involvement.privacy.NoticeVersion;
import app.involvement.privacy.PrivacyNavigation;
import app.involvement.privacy.PrivacyNotices;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.EmptyState;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The partner reads the provider's current privacy notice in their language and confirms they have read it; the gate
 * brings them here before their first use and after each new version (DD050). They can come back to re-read it.
 */
@Route(PrivacyNavigation.READ)
@RolesAllowed(Role.Names.PARTNER)
class ReadNoticeView extends VerticalLayout implements HasDynamicTitle {

    ReadNoticeView(PrivacyNotices notices) {
        addClassName("narrow-page");
        Optional<NoticeVersion> current = notices.current();
        if (current.isEmpty()) {
            add(new PageHeader(getTranslation("privacy.read.title"), null),
                    new EmptyState(getTranslation("privacy.read.none"), getTranslation("privacy.read.none.text")));
            return;
        }
        NoticeVersion notice = current.get();
        add(new PageHeader(getTranslation("privacy.read.title"), getTranslation("privacy.read.version",
                notice.number(), UkFormats.longDate(notice.publishedOn(), getLocale()))));
        var text = PrivacyNoticeView.paragraphs(notice.text(getLocale()));
        text.setId("privacy-notice-text");
        add(text);
        var confirmed = notices.confirmedAt();
        if (confirmed.isPresent()) {
            var done = new Paragraph(getTranslation("privacy.read.confirmed",
                    UkFormats.dateTime(confirmed.get(), getLocale())));
            done.setId("privacy-notice-confirmed");
            add(done);
            return;
        }
        add(new Paragraph(getTranslation("privacy.read.ask")));
        var confirm = new Button(getTranslation("privacy.read.confirm"), e -> {
            try {
                notices.confirm(notice.number());
                NoticeGate.cleared();
                Notices.success(getTranslation("privacy.read.thanks"));
                // a fresh load of the home page: it opens at its top, not where this long page was scrolled to
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        confirm.setId("privacy-notice-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add(confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.read.title");
    }
}
