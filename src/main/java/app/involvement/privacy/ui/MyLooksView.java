package app.involvement.privacy.ui;

import app.involvement.identity.Role;
import app.involvement.privacy.PrivacyNavigation;
import app.involvement.privacy.SensitiveLook;
import app.involvement.privacy.SensitiveLooks;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * "Who has looked at my sensitive information": each time a staff member opened the partner's experience categories or
 * access needs — who, in which role, what, when (UK time) — newest first, a page at a time, for a phone (DD050).
 */
@Route(PrivacyNavigation.LOOKS)
@RolesAllowed(Role.Names.PARTNER)
class MyLooksView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    private final SensitiveLooks looks;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private final long total;
    private int page;

    MyLooksView(SensitiveLooks looks) {
        this.looks = looks;
        addClassName("narrow-page");
        add(new PageHeader(getTranslation("privacy.looks.title"), getTranslation("privacy.looks.lead")));
        total = looks.countMine();
        var heading = new H2(getTranslation("privacy.looks.heading", total));
        heading.setId("my-looks-heading");
        add(heading);
        if (total == 0) {
            var none = new Paragraph(getTranslation("privacy.looks.none"));
            none.setId("my-looks-none");
            add(none);
            return;
        }
        list.setId("my-looks");
        list.addClassName("my-looks-list");
        list.getElement().setAttribute("aria-labelledby", "my-looks-heading");
        more.setText(getTranslation("privacy.looks.more"));
        more.setId("my-looks-more");
        more.addClickListener(e -> nextPage());
        add(list, more);
        nextPage();
    }

    private void nextPage() {
        looks.mine(PageRequest.of(page++, PAGE)).forEach(l -> list.add(row(l)));
        more.setVisible((long) page * PAGE < total);
    }

    private ListItem row(SensitiveLook look) {
        String who = look.staffName() == null || look.staffName().isBlank() ? look.staffEmail()
                : getTranslation("privacy.looks.name-and-email", look.staffName(), look.staffEmail());
        var item = new ListItem(
                new Paragraph(getTranslation("privacy.looks.row.who", who,
                        getTranslation("privacy.role." + look.staffRole()))),
                new Paragraph(getTranslation("privacy.looks.row.what",
                        getTranslation("privacy.section." + look.section()))),
                new Paragraph(getTranslation("privacy.looks.row.when", UkFormats.dateTime(look.at(), getLocale()))));
        item.addClassName("my-look-row");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.looks.title");
    }
}
