package app.involvement.erasure.ui;

import app.involvement.erasure.ErasureCase;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;

/** What the lead needs before erasing: what happens, what stops it (in words), and the erase button. */
final class ErasureCasePanel {

    private ErasureCasePanel() {
    }

    static Section blockers(ErasureCase c) {
        var section = new Section(new H2(t("erasure.case.blockers.title")));
        section.setId("erasure-blockers");
        section.addClassName("form-section");
        if (c.blockers().isEmpty()) {
            section.add(new Paragraph(t("erasure.case.blockers.none")));
        } else {
            var list = new UnorderedList();
            c.blockers().forEach(reason -> list.add(new ListItem(reason)));
            section.add(new Paragraph(t("erasure.case.blockers.some")), list);
        }
        return section;
    }

    static Section whatHappens() {
        var section = new Section(new H2(t("erasure.case.what.title")), new Paragraph(t("erasure.case.what.text")));
        section.addClassName("form-section");
        return section;
    }

    /** Disabled, with the reason beside it, while something stops the erasure. */
    static Div eraseButton(ErasureCase c, Runnable onClick) {
        var erase = new Button(t("erasure.case.erase"), e -> onClick.run());
        erase.setId("erasure-erase");
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        var box = new Div(erase);
        if (!c.blockers().isEmpty()) {
            erase.setEnabled(false);
            var why = new Paragraph(t("erasure.case.erase.blocked"));
            why.setId("erasure-erase-why");
            erase.getElement().setAttribute("aria-describedby", "erasure-erase-why");
            box.add(why);
        }
        return box;
    }

    static String day(Instant at) {
        return at == null ? "" : UkFormats.date(at, UI.getCurrent().getLocale());
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
