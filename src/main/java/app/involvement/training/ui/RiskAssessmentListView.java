package app.involvement.training.ui;

import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import app.involvement.training.ActivityTypeRisk;
import app.involvement.training.RiskAssessmentRow;
import app.involvement.training.RiskAssessments;
import app.involvement.training.SupportNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Risk assessments, soonest review first, to add and change; and the activity types, each with whether
 * its sessions need a risk assessment and whether it has a current one.
 */
@Route(SupportNavigation.RISK_ASSESSMENTS)
@Menu(title = "menu.risk-assessments", order = 68)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class RiskAssessmentListView extends VerticalLayout implements HasDynamicTitle {

    private final RiskAssessments assessments;
    private final ReferenceData referenceData;
    private final StaffDirectory staff;
    private final LocalDate today;
    private final Grid<RiskAssessmentRow> grid = new Grid<>();
    private final Grid<ActivityTypeRisk> types = new Grid<>();

    RiskAssessmentListView(RiskAssessments assessments, ReferenceData referenceData, StaffDirectory staff, Clock clock) {
        this.assessments = assessments;
        this.referenceData = referenceData;
        this.staff = staff;
        this.today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        var add = new Button(getTranslation("risk.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("risk-add");
        add(new PageHeader(getTranslation("risk.title"), getTranslation("risk.lead"), add));

        grid.addColumn(RiskAssessmentRow::activityTypeName).setHeader(getTranslation("risk.column.type")).setFlexGrow(2);
        grid.addColumn(this::session).setHeader(getTranslation("risk.column.session")).setFlexGrow(2);
        grid.addColumn(RiskAssessmentRow::reviewerName).setHeader(getTranslation("risk.column.reviewer"));
        grid.addColumn(r -> UkFormats.date(r.assessedOn(), getLocale())).setHeader(getTranslation("risk.column.assessed"));
        grid.addColumn(r -> getTranslation(r.reviewDue() ? "risk.review-due" : "risk.review-on",
                UkFormats.date(r.reviewOn(), getLocale()))).setHeader(getTranslation("risk.column.review"));
        grid.addComponentColumn(this::edit).setHeader(getTranslation("risk.column.action"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("risk-grid");
        grid.setAriaLabel(getTranslation("risk.title"));
        grid.setEmptyStateText(getTranslation("risk.empty"));
        grid.setItemsPageable(assessments::list, p -> assessments.count());

        types.addColumn(ActivityTypeRisk::name).setHeader(getTranslation("risk.types.name")).setFlexGrow(2);
        types.addComponentColumn(this::required).setHeader(getTranslation("risk.types.required")).setFlexGrow(2);
        types.addColumn(t -> t.hasCurrent() ? getTranslation("risk.types.current-until", UkFormats.date(t.currentUntil(),
                getLocale())) : getTranslation("risk.types.none")).setHeader(getTranslation("risk.types.current"));
        types.setId("risk-types");
        types.setAriaLabel(getTranslation("risk.types.title"));
        types.setAllRowsVisible(true);
        add(grid, new H2(getTranslation("risk.types.title")), types);
        refreshTypes();
    }

    private String session(RiskAssessmentRow r) {
        if (r.sessionReference() == null) {
            return getTranslation("risk.whole-type");
        }
        return r.sessionDate() == null ? r.sessionReference()
                : getTranslation("risk.session-on", r.sessionReference(), UkFormats.date(r.sessionDate(), getLocale()));
    }

    private Component edit(RiskAssessmentRow r) {
        var edit = new Button(getTranslation("risk.edit"), e -> open(r.id()));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("risk.edit-of", r.activityTypeName()));
        return edit;
    }

    private Component required(ActivityTypeRisk t) {
        var box = new Checkbox(getTranslation("risk.types.required.label"), t.required());
        box.setAriaLabel(getTranslation("risk.types.required.label-of", t.name()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assessments.requireFor(t.activityTypeId(), e.getValue());
                refreshTypes();
            }
        });
        return box;
    }

    private void open(Long id) {
        var existing = id == null ? null : assessments.find(id).orElseThrow();
        new RiskAssessmentDialog(assessments, referenceData.activityTypes(), staff.choices(), id, existing, today, () -> {
            grid.getDataProvider().refreshAll();
            refreshTypes();
        }).open();
    }

    private void refreshTypes() {
        types.setItems(assessments.activityTypes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.title");
    }
}
