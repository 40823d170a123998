package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.Pool;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.TrainingItem;
import app.involvement.training.TrainingRecords;
import app.involvement.training.TrainingStatus;
import app.involvement.training.TrainingNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One partner's training, for staff: each module with where they stand, to record a completion or confirm
 * what the partner said they completed. Another provider's partner id is "not found".
 */
@Route(TrainingNavigation.RECORDS + "/:partnerId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class PartnerTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingRecords records;
    private final Pool pool;
    private final UnorderedList list = new UnorderedList();
    private Long partnerId;
    private String name = "";

    PartnerTrainingView(TrainingRecords records, Pool pool) {
        this.records = records;
        this.pool = pool;
        addClassName("narrow-page");
        list.setId("partner-training");
        list.addClassName("training-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var partner = event.getRouteParameters().getLong("partnerId").flatMap(pool::findPaymentContact)
                .orElseThrow(NotFoundException::new);
        partnerId = partner.id();
        name = partner.preferredName();
        removeAll();
        add(new Anchor(PartnerNavigation.details(partnerId), getTranslation("training.records.to-partner", name)),
                new PageHeader(getTranslation("training.records.partner-title", name),
                        getTranslation("training.records.partner-lead")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var items = records.forPartner(partnerId);
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("training.modules.none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private ListItem row(TrainingItem item) {
        var text = new Span(getTranslation("training.item.line", item.title(), TrainingItemText.of(this, item)));
        var row = new ListItem(text);
        row.addClassName("training-" + item.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (item.evidence() != null) {
            row.add(new Span(" " + getTranslation("training.item.evidence", item.evidence())));
        }
        if (item.status() == TrainingStatus.AWAITING_CONFIRMATION) {
            var confirm = new Button(getTranslation("training.record.confirm"), e -> {
                records.confirmClaim(partnerId, item.moduleId());
                Notices.success(getTranslation("training.record.confirmed", item.title()));
                refresh();
            });
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setAriaLabel(getTranslation("training.record.confirm-of", item.title()));
            row.add(confirm);
        }
        var record = new Button(getTranslation("training.record.open"),
                e -> new RecordCompletionDialog(records, partnerId, item, this::refresh).open());
        record.setAriaLabel(getTranslation("training.record.open-of", item.title()));
        record.addThemeVariants(ButtonVariant.TERTIARY);
        row.add(record);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.records.partner-title", name);
    }
}
