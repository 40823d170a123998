package app.involvement.shell.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.shared.ui.CenteredPage;
import app.involvement.shared.ui.SiteFooter;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The accessibility statement, in the sections of the GOV.UK model statement, open to everyone. When a
 * provider is chosen, people are told to contact that provider's named contact; otherwise their own
 * provider's involvement team. Why it says what it says: DD017.
 */
@Route(value = SiteFooter.ACCESSIBILITY, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends CenteredPage implements HasDynamicTitle {

    /** When the statement was prepared and the site last tested; change both when the statement is reviewed. */
    static final LocalDate PREPARED = LocalDate.of(2026, 11, 26);

    /** The lowest Flesch reading ease the partner pages' texts may have (ReadabilityTest). */
    static final int READING_EASE = 70;

    static final String EASS = "https://www.equalityadvisoryservice.com/";
    static final String ECNI = "https://www.equalityni.org/Home";
    static final String ABILITYNET = "https://mcmw.abilitynet.org.uk/";

    public AccessibilityStatementView(CurrentUser currentUser, ProviderService providers) {
        addClassName("statement-page");
        setHeading(getTranslation("accessibility.title"));
        Optional<ProviderSummary> provider = currentUser.get().flatMap(u -> u.activeMembership())
                .flatMap(m -> providers.find(m.providerId()));
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale()).format(PREPARED);

        addContent(
                new Paragraph(t("accessibility.scope")),
                new Paragraph(provider.map(p -> t("accessibility.run-by", p.name())).orElseGet(() -> t("accessibility.run-by.any"))),
                list("accessibility.can.zoom", "accessibility.can.reflow", "accessibility.can.spacing",
                        "accessibility.can.keyboard", "accessibility.can.screen-reader"),
                new Paragraph(t("accessibility.plain")),
                new Paragraph(new Anchor(ABILITYNET, t("accessibility.abilitynet"))),

                section("accessibility.how.title",
                        new Paragraph(t("accessibility.how.lead")),
                        list("accessibility.how.timeout", "accessibility.how.two-step", "accessibility.how.documents",
                                "accessibility.how.staff-text")),

                section("accessibility.contact.title",
                        new Paragraph(t("accessibility.contact.lead")),
                        contact(provider),
                        new Paragraph(t("accessibility.contact.reply"))),

                section("accessibility.report.title",
                        new Paragraph(t("accessibility.report.text")),
                        contact(provider)),

                section("accessibility.enforcement.title",
                        new Paragraph(t("accessibility.enforcement.text")),
                        new Paragraph(new Anchor(EASS, t("accessibility.enforcement.eass"))),
                        new Paragraph(t("accessibility.enforcement.ni")),
                        new Paragraph(new Anchor(ECNI, t("accessibility.enforcement.ecni")))),

                section("accessibility.technical.title",
                        new Paragraph(t("accessibility.technical.text"))),

                section("accessibility.status.title",
                        new Paragraph(t("accessibility.status.text"))),

                section("accessibility.non-accessible.title",
                        new Paragraph(t("accessibility.non-compliance")),
                        list("accessibility.issue.timeout", "accessibility.issue.two-step"),
                        new Paragraph(t("accessibility.not-in-scope"))),

                section("accessibility.improve.title",
                        new Paragraph(t("accessibility.improve.text"))),

                section("accessibility.prepared.title",
                        new Paragraph(t("accessibility.prepared.text", date)),
                        new Paragraph(t("accessibility.tested.text", date)),
                        list("accessibility.tested.axe", "accessibility.tested.browser", "accessibility.tested.keyboard"),
                        new Paragraph(t("accessibility.tested.reading", READING_EASE)),
                        new Paragraph(t("accessibility.tested.not-yet"))),

                new Anchor("", t(currentUser.get().isPresent() ? "error.home" : "login.back")));
    }

    private Component contact(Optional<ProviderSummary> provider) {
        return provider.filter(p -> p.contactEmail() != null && !p.contactEmail().isBlank())
                .<Component>map(p -> new Paragraph(new Span(t("accessibility.contact.provider", p.contactName(), p.name()) + " "),
                        new Anchor("mailto:" + p.contactEmail(), p.contactEmail())))
                .orElseGet(() -> new Paragraph(provider.map(p -> t("accessibility.contact.team", p.name()))
                        .orElseGet(() -> t("accessibility.contact.any"))));
    }

    private Section section(String headingKey, Component... content) {
        var section = new Section(new H2(t(headingKey)));
        section.add(content);
        return section;
    }

    private UnorderedList list(String... keys) {
        return new UnorderedList(Arrays.stream(keys).map(k -> new ListItem(t(k))).toArray(ListItem[]::new));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("accessibility.title"), getTranslation("app.name"));
    }
}
