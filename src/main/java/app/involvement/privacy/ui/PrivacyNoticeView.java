package app.involvement.privacy.ui;

import app.involvement.identity.Role;
import app.involvement.privacy.NoticeVersion;
import app.involvement.privacy.PrivacyLimits;
import app.involvement.privacy.PrivacyNavigation;
import app.involvement.privacy.PrivacyNotices;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The lead keeps the provider's privacy notice: the text in English and in Welsh (both required), published as a new
 * version with today's date; earlier versions stay readable. Partners confirm each new version (DD050).
 */
@Route(PrivacyNavigation.NOTICE)
@Menu(title = "privacy.menu.notice", order = 88)
@RolesAllowed(Role.Names.LEAD)
class PrivacyNoticeView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyNotices notices;
    final TextArea english = new TextArea();
    final TextArea welsh = new TextArea();

    PrivacyNoticeView(PrivacyNotices notices) {
        this.notices = notices;
        addClassName("narrow-page");
        english.setLabel(getTranslation("privacy.notice.english"));
        welsh.setLabel(getTranslation("privacy.notice.welsh"));
        for (TextArea text : List.of(english, welsh)) {
            text.setMaxLength(PrivacyLimits.NOTICE_TEXT);
            text.setRequiredIndicatorVisible(true);
            text.setHelperText(getTranslation("privacy.notice.limit", PrivacyLimits.NOTICE_TEXT));
            text.setWidthFull();
            text.setMinHeight("12rem");
        }
        english.setId("privacy-notice-english");
        welsh.setId("privacy-notice-welsh");
        show();
    }

    private void show() {
        removeAll();
        List<NoticeVersion> versions = notices.versions();
        NoticeVersion current = versions.isEmpty() ? null : versions.get(0);
        add(new PageHeader(getTranslation("privacy.notice.title"), current == null
                ? getTranslation("privacy.notice.lead.none")
                : getTranslation("privacy.notice.lead", current.number(),
                        UkFormats.longDate(current.publishedOn(), getLocale()))));
        english.setValue(current == null ? "" : current.textEnglish());
        welsh.setValue(current == null ? "" : current.textWelsh());
        english.setInvalid(false);
        welsh.setInvalid(false);
        var publish = new Button(getTranslation("privacy.notice.publish", current == null ? 1 : current.number() + 1),
                e -> publish());
        publish.setId("privacy-notice-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("privacy.notice.edit")), new Paragraph(getTranslation("privacy.notice.edit.text")),
                english, welsh, publish);
        if (!versions.isEmpty()) {
            add(new H2(getTranslation("privacy.notice.versions")));
            versions.forEach(v -> add(version(v)));
        }
    }

    private Details version(NoticeVersion v) {
        var content = new Div(new H3(getTranslation("privacy.notice.english")), paragraphs(v.textEnglish()),
                new H3(getTranslation("privacy.notice.welsh")), paragraphs(v.textWelsh()));
        var details = new Details(getTranslation("privacy.notice.version", v.number(),
                UkFormats.longDate(v.publishedOn(), getLocale()), v.publishedBy()), content);
        details.setId("privacy-notice-version-" + v.number());
        return details;
    }

    /** The text as the lead wrote it, paragraphs kept by its line breaks. */
    static Div paragraphs(String text) {
        var div = new Div(text);
        div.addClassName("privacy-notice-text");
        return div;
    }

    private void publish() {
        boolean ok = check(english) & check(welsh);
        if (!ok) {
            return;
        }
        try {
            var published = notices.publish(english.getValue(), welsh.getValue());
            Notices.success(getTranslation("privacy.notice.published", published.number()));
            show();
        } catch (BusinessRuleException refused) {
            TextArea field = "privacy.error.welsh".equals(refused.messageKey()) ? welsh : english;
            field.setErrorMessage(Notices.message(refused));
            field.setInvalid(true);
        }
    }

    private boolean check(TextArea field) {
        String value = field.getValue().strip();
        boolean ok = !value.isEmpty() && value.length() <= PrivacyLimits.NOTICE_TEXT;
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : getTranslation(field == welsh ? "privacy.error.welsh" : "privacy.error.english",
                PrivacyLimits.NOTICE_TEXT));
        return ok;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title");
    }
}
