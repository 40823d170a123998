package app.involvement.dataexport.ui;

import app.involvement.dataexport.DataExportNavigation;
import app.involvement.dataexport.PersonalDataCopies;
import app.involvement.identity.Role;
import app.involvement.shared.Language;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner's copy of everything this provider holds about them (DD045), phone-first: what the copy holds, one
 * button, then the download link. It covers the provider they are signed in under.
 */
@Route(DataExportNavigation.MY_DATA)
@RolesAllowed(Role.Names.PARTNER)
class MyDataView extends Div implements HasDynamicTitle {

    MyDataView(PersonalDataCopies copies) {
        addClassName("partner-page");
        var back = new Anchor("my-profile", getTranslation("export.back"));
        var what = new UnorderedList(new ListItem(getTranslation("export.what.pdf")),
                new ListItem(getTranslation("export.what.json")), new ListItem(getTranslation("export.what.files")));
        var heading = new H2(getTranslation("export.copy.heading"));
        var section = new Section(heading, new Paragraph(getTranslation("export.copy.text")), what,
                new Paragraph(getTranslation("export.copy.link")),
                new CopyPanel(getTranslation("export.make"),
                        progress -> copies.startMine(Language.of(getLocale()), progress)));
        section.addClassName("form-section");
        add(back, new PageHeader(getTranslation("export.title"), getTranslation("export.lead")), section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
