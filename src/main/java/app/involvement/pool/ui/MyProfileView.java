package app.involvement.pool.ui;

import app.involvement.identity.Role;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerNavigation;
import app.involvement.provider.ReferenceData;
import app.involvement.provider.ReferenceItem;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.EmptyState;
import app.involvement.shared.ui.LightCheckboxGroup;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A partner's own profile, phone-first: one topic per section, every field labelled, errors next to the
 * field. Experience categories sit in their own section behind a separate, explicit consent.
 */
@Route(PartnerNavigation.MY_PROFILE)
@Menu(title = "menu.my-profile", order = 10)
@RolesAllowed(Role.Names.PARTNER)
class MyProfileView extends Div implements HasDynamicTitle {

    private final MyProfile myProfile;
    private final ReferenceData reference;
    PartnerFields fields;
    final Checkbox agree = new Checkbox();
    final LightCheckboxGroup<ReferenceItem> categories = new LightCheckboxGroup<>();

    MyProfileView(MyProfile myProfile, ReferenceData reference) {
        this.myProfile = myProfile;
        this.reference = reference;
        addClassName("partner-page");
        show();
    }

    private void show() {
        removeAll();
        add(new PageHeader(getTranslation("my-profile.title"), getTranslation("my-profile.lead")));
        var mine = myProfile.get();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("my-profile.missing.title"), getTranslation("my-profile.missing.text")));
            return;
        }
        PartnerDetails details = mine.get();
        fields = new PartnerFields(reference.activityTypes(), true);
        fields.read(details.profile());
        add(section("my-profile.about", fields.preferredName, fields.fullName, fields.pronouns, fields.kind),
                section("my-profile.contact", fields.email, fields.phone, fields.contact, fields.postcode),
                section("my-profile.access", fields.accessNeeds, fields.accessNotes),
                section("my-profile.payment", fields.payment),
                section("my-profile.interests", fields.interests));
        var save = new Button(getTranslation("my-profile.save"), e -> save());
        save.setId("my-profile-save");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add(save, experience(details), yourData());
    }

    private void save() {
        var profile = fields.validated();
        if (profile.isEmpty()) {
            Notices.error(getTranslation("my-profile.fix"));
            return;
        }
        try {
            myProfile.save(profile.get());
            Notices.success(getTranslation("my-profile.saved"));
        } catch (BusinessRuleException refused) {
            fields.show(refused);
        }
    }

    private Component experience(PartnerDetails details) {
        List<ReferenceItem> all = reference.experienceCategories();
        categories.setLabel(getTranslation("pool.consent.categories"));
        categories.setItems(all, ReferenceItem::name);
        categories.setVertical();
        categories.setValue(all.stream().filter(c -> details.experienceCategories().contains(c.id())).collect(Collectors.toSet()));
        var wording = new Paragraph(getTranslation("pool.consent.text"));
        wording.addClassName("consent-wording");
        var section = section("pool.consent.title", new Paragraph(getTranslation("pool.consent.intro")), wording);
        var saveCategories = new Button(getTranslation("pool.consent.save"), e -> giveConsent());
        saveCategories.addThemeVariants(ButtonVariant.LARGE);
        if (details.consentInForce()) {
            section.add(new Paragraph(getTranslation("pool.consent.given",
                    UkFormats.date(details.consentGivenAt(), getLocale()))), categories, saveCategories, withdrawButton());
        } else {
            agree.setLabel(getTranslation("pool.consent.agree"));
            agree.setValue(false);
            categories.setEnabled(false);
            agree.addValueChangeListener(e -> {
                categories.setEnabled(e.getValue());
                agree.setInvalid(false);
            });
            section.add(agree, categories, saveCategories);
        }
        return section;
    }

    private void giveConsent() {
        if (!categories.isEnabled() || (agree.getParent().isPresent() && !agree.getValue())) {
            agree.setErrorMessage(getTranslation("pool.error.consent"));
            agree.setInvalid(true);
            return;
        }
        try {
            myProfile.giveConsent(getTranslation("pool.consent.text"),
                    categories.getValue().stream().map(ReferenceItem::id).collect(Collectors.toSet()));
            Notices.success(getTranslation("pool.consent.saved"));
            show();
        } catch (BusinessRuleException refused) {
            categories.setErrorMessage(Notices.message(refused));
            categories.setInvalid(true);
        }
    }

    private Button withdrawButton() {
        var withdraw = new Button(getTranslation("pool.consent.withdraw"), e -> {
            var confirm = new ConfirmDialog(getTranslation("pool.consent.withdraw.title"),
                    getTranslation("pool.consent.withdraw.text"), getTranslation("pool.consent.withdraw"), ok -> {
                        myProfile.withdrawConsent();
                        Notices.success(getTranslation("pool.consent.withdrawn"));
                        show();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.LARGE);
        return withdraw;
    }

    /**
     * "Your data": what the person can do about what the provider holds (DD045, DD047, DD050). Plain addresses: the
     * modules behind them depend on pool, never the other way round.
     */
    private Section yourData() {
        var links = new UnorderedList(
                new ListItem(link("privacy-notice/read", "my-profile.your-data.notice", "my-data-notice")),
                new ListItem(link("my-data/looks", "my-profile.your-data.looks", "my-data-looks")),
                new ListItem(link("my-data", "export.profile.link", "your-data-copy")),
                new ListItem(link("my-data/leave", "erasure.profile.link", "my-profile-leave")));
        links.setId("your-data-links");
        var section = section("my-profile.your-data", links);
        section.setId("your-data");
        return section;
    }

    private Anchor link(String route, String textKey, String id) {
        var link = new Anchor(route, getTranslation(textKey));
        link.setId(id);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Section section(String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-profile.title");
    }
}
