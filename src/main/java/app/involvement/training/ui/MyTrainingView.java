package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingEvents;
import app.involvement.training.TrainingModules;
import app.involvement.training.TrainingNavigation;
import app.involvement.training.TrainingRecords;
import app.involvement.training.TrainingStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * A partner's own training, in plain words and one column for a phone: what has ended, what ends soon,
 * what is still to do, what we are checking, and what is done. "I have done this" tells staff, who check it.
 */
@Route(TrainingNavigation.MY_TRAINING)
@Menu(title = "menu.my-training", order = 16)
@RolesAllowed(Role.Names.PARTNER)
class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    private static final List<TrainingStatus> ORDER = List.of(TrainingStatus.EXPIRED, TrainingStatus.EXPIRING_SOON,
            TrainingStatus.TO_DO, TrainingStatus.AWAITING_CONFIRMATION, TrainingStatus.DONE);

    private final TrainingRecords records;
    private final TrainingModules modules;
    private final VerticalLayout sections = new VerticalLayout();

    MyTrainingView(TrainingRecords records, TrainingModules modules, TrainingEvents events) {
        this.records = records;
        this.modules = modules;
        addClassName("narrow-page");
        sections.setPadding(false);
        add(new PageHeader(getTranslation("training.my.title"), getTranslation("training.my.lead")), sections);
        refresh();
        try {
            add(new BookableSessions(events));
        } catch (BusinessRuleException noProfile) {
            // already explained above
        }
    }

    private void refresh() {
        sections.removeAll();
        List<TrainingItem> items;
        try {
            items = records.mine();
        } catch (BusinessRuleException noProfile) {
            sections.add(new Paragraph(Notices.message(noProfile)));
            return;
        }
        if (items.isEmpty()) {
            sections.add(new Paragraph(getTranslation("training.my.none")));
        }
        for (TrainingStatus status : ORDER) {
            var inSection = items.stream().filter(i -> i.status() == status).toList();
            if (inSection.isEmpty()) {
                continue;
            }
            String slug = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var heading = new H2(getTranslation("training.my.section." + slug, inSection.size()));
            var list = new UnorderedList();
            list.setId("my-training-" + slug);
            list.addClassName("training-list");
            inSection.forEach(item -> list.add(row(item)));
            sections.add(heading, list);
        }
    }

    private ListItem row(TrainingItem item) {
        var row = new ListItem();
        row.addClassName("training-item");
        var title = new Span(item.title());
        title.addClassName("training-item-title");
        row.add(title, new Paragraph(TrainingItemText.of(this, item)));
        if (item.status() == TrainingStatus.TO_DO || item.status() == TrainingStatus.EXPIRED
                || item.status() == TrainingStatus.EXPIRING_SOON) {
            var claim = new Button(getTranslation("training.my.claim"), e -> new ClaimDialog(records, item, this::refresh).open());
            claim.setAriaLabel(getTranslation("training.my.claim-of", item.title()));
            claim.addThemeVariants(ButtonVariant.PRIMARY);
            row.add(claim);
        }
        var materials = new UnorderedList();
        var show = new Button(getTranslation("training.my.materials"));
        show.setAriaLabel(getTranslation("training.my.materials-of", item.title()));
        show.addThemeVariants(ButtonVariant.TERTIARY);
        show.addClickListener(e -> {
            show.setVisible(false);
            var found = modules.find(item.moduleId()).map(d -> d.materials()).orElse(List.of());
            if (found.isEmpty()) {
                materials.add(new ListItem(getTranslation("training.materials.none")));
            }
            found.forEach(m -> materials.add(new ListItem(MaterialLinks.of(m, modules,
                    m.isLink() ? m.title() : MaterialLinks.fileText(this, m)))));
        });
        row.add(show, materials);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.my.title");
    }
}
