package app.involvement.retention.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.retention.Retention;
import app.involvement.retention.RetentionKind;
import app.involvement.retention.RetentionPreview;
import app.involvement.retention.RetentionRun;
import app.involvement.shared.UkFormats;
import app.involvement.shared.privacy.InactivePartners.InactivePartner;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Retention of personal data (DD049): the provider's periods (the lead changes them), what the daily job will do in
 * the coming month (counts per kind and the partners it will erase, so the lead can act before), and the job's last
 * runs. The coordinator reads it; finance, reviewers and partners never open it.
 */
@Route(RetentionView.ROUTE)
@Menu(title = "retention.menu", order = 87)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "retention";

    private final Retention retention;
    private final boolean lead;
    private final Div body = new Div();

    RetentionView(Retention retention, CurrentUser currentUser) {
        this.retention = retention;
        this.lead = currentUser.get().flatMap(u -> u.currentRole()).filter(Role.LEAD::equals).isPresent();
        addClassName("retention-page");
        body.setWidthFull();
        add(new PageHeader(getTranslation("retention.title"), getTranslation("retention.lead")), body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        body.add(new RetentionPeriodsForm(retention, retention.periods(), lead, this::refresh),
                preview(retention.preview()), lastRuns(retention.lastRuns()));
    }

    private Section preview(RetentionPreview preview) {
        var section = new Section();
        section.setId("retention-preview");
        var heading = new H2(getTranslation("retention.preview.title"));
        heading.setId("retention-preview-title");
        section.getElement().setAttribute("aria-labelledby", "retention-preview-title");
        var counts = new UnorderedList();
        for (RetentionKind kind : RetentionKind.values()) {
            var item = new ListItem(getTranslation(kind.key() + ".preview", preview.counts().getOrDefault(kind, 0L)));
            item.setId("retention-preview-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            counts.add(item);
        }
        section.add(heading, new Paragraph(getTranslation("retention.preview.lead",
                UkFormats.longDate(preview.from(), getLocale()), UkFormats.longDate(preview.until(), getLocale()))),
                counts);
        long partners = preview.counts().getOrDefault(RetentionKind.INACTIVE_PARTNERS, 0L);
        if (partners > 0) {
            section.add(new Paragraph(getTranslation("retention.preview.partners")), partnerGrid(preview, partners));
        }
        return section;
    }

    private Grid<InactivePartner> partnerGrid(RetentionPreview preview, long count) {
        var grid = new Grid<InactivePartner>();
        grid.setId("retention-preview-partners");
        grid.addComponentColumn(p -> new Anchor("partners/" + p.partnerId(), p.name()))
                .setHeader(getTranslation("retention.preview.partner")).setAutoWidth(true);
        grid.addColumn(p -> UkFormats.date(p.lastActive(), getLocale()))
                .setHeader(getTranslation("retention.preview.last-active"));
        grid.setAriaLabel(getTranslation("retention.preview.partners"));
        List<InactivePartner> first = preview.partners();
        grid.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            // the preview's own first partners answer the first screenful; later pages are asked for
            if (offset + limit <= first.size() || first.size() == count) {
                return first.stream().skip(offset).limit(limit);
            }
            return retention.partnersToErase(offset, limit).stream();
        }, query -> (int) count);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setHeight("16rem");
        return grid;
    }

    private Section lastRuns(List<RetentionRun> runs) {
        var section = new Section();
        section.setId("retention-runs");
        var heading = new H2(getTranslation("retention.runs.title"));
        heading.setId("retention-runs-title");
        section.getElement().setAttribute("aria-labelledby", "retention-runs-title");
        section.add(heading);
        if (runs.isEmpty()) {
            section.add(new Paragraph(getTranslation("retention.runs.none")));
            return section;
        }
        var grid = new Grid<RetentionRun>();
        grid.setId("retention-runs-grid");
        grid.addColumn(r -> UkFormats.dateTime(r.ranAt(), getLocale())).setHeader(getTranslation("retention.runs.when"))
                .setAutoWidth(true);
        for (RetentionKind kind : RetentionKind.values()) {
            grid.addColumn(r -> r.counts().getOrDefault(kind, 0)).setHeader(getTranslation(kind.key()));
        }
        grid.addColumn(r -> r.notErased().isEmpty() ? getTranslation("retention.runs.all-erased")
                : String.join("; ", r.notErased())).setHeader(getTranslation("retention.runs.not-erased"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("retention.runs.title"));
        grid.setItems(runs);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
