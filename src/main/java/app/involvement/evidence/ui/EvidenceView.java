package app.involvement.evidence.ui;

import app.involvement.evidence.EvidenceBook;
import app.involvement.evidence.ReviewAssignment;
import app.involvement.evidence.ReviewerEvidence;
import app.involvement.identity.Role;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reviewer's read-only evidence for one assignment: SET 3.7 (a)–(d) and the review cycles as sections, each with
 * the tables every module contributes (or a sentence saying nothing was recorded), and the evidence pack to make and
 * download. Everything comes through {@link ReviewerEvidence}, so each look is checked against the assignment's
 * window and recorded; an assignment that is not the reviewer's, or not open today, is "not found".
 */
@Route(EvidenceView.ROUTE + "/:" + EvidenceView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed(Role.Names.REVIEWER)
public class EvidenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "evidence";
    static final String PARAMETER = "assignmentId";

    private final ReviewerEvidence evidence;
    private String title = "";

    EvidenceView(ReviewerEvidence evidence) {
        this.evidence = evidence;
        addClassName("evidence-page");
    }

    /** The address of the evidence of one assignment, for links from elsewhere. */
    public static String location(Long assignmentId) {
        return ROUTE + "/" + assignmentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        Language language = Language.of(locale());
        EvidenceBook book;
        try {
            book = evidence.read(id, language);
        } catch (AccessDeniedException notTheirsOrNotNow) {
            throw new NotFoundException();
        }
        show(id, book);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? getLocale() : ui.getLocale();
    }

    private void show(Long id, EvidenceBook book) {
        removeAll();
        ReviewAssignment a = book.assignment();
        Locale locale = locale();
        title = getTranslation("evidence.page-title", a.providerName());
        add(new PageHeader(title, getTranslation("evidence.lead", getTranslation("evidence.kind." + a.kind().name()),
                a.providerName(), UkFormats.date(a.startsOn(), locale), UkFormats.date(a.endsOn(), locale))));
        var period = new Paragraph(getTranslation("evidence.period", UkFormats.date(book.from(), locale),
                UkFormats.date(book.to(), locale)));
        period.setId("evidence-period");
        add(period, new Paragraph(getTranslation("evidence.pseudonyms")), contents(), new PackPanel(evidence, id,
                book.language()));
        for (EvidencePart part : EvidencePart.values()) {
            add(section(part, book.tables(part)));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Nav contents() {
        var heading = new H2(getTranslation("evidence.contents"));
        heading.setId("evidence-contents-heading");
        var list = new OrderedList();
        for (EvidencePart part : EvidencePart.values()) {
            list.add(new ListItem(new Anchor("#" + sectionId(part), getTranslation("evidence.part." + part.name()
                    + ".title"))));
        }
        var nav = new Nav(heading, list);
        nav.addClassName("evidence-contents");
        nav.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return nav;
    }

    private Section section(EvidencePart part, List<EvidenceTable> tables) {
        var heading = new H2(getTranslation("evidence.part." + part.name() + ".title"));
        heading.setId(sectionId(part) + "-heading");
        var section = new Section(heading, new Paragraph(getTranslation("evidence.part." + part.name() + ".text")));
        section.setId(sectionId(part));
        section.addClassName("evidence-part");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (tables.isEmpty()) {
            var empty = new Paragraph(getTranslation("evidence.part.empty"));
            empty.addClassName("evidence-empty");
            section.add(empty);
        }
        int number = 0;
        for (EvidenceTable table : tables) {
            section.add(new EvidenceTableView(sectionId(part) + "-" + (++number), table,
                    getTranslation("evidence.table.empty")));
        }
        return section;
    }

    static String sectionId(EvidencePart part) {
        return "evidence-" + part.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
