package app.involvement.provider.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.provider.DefinitionVersion;
import app.involvement.provider.ProgrammeDefinitions;
import app.involvement.provider.ProgrammeDetails;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.provider.Programmes;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One programme: its profession and level, named involvement lead and coordinator, and its definition
 * of service users and carers with the earlier versions. Leads and coordinators edit the programme
 * and write new definition versions; finance reads. An id of another provider's programme is "not
 * found", exactly like an unknown id.
 */
@Route(ProgrammeNavigation.LIST + "/:programmeId([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR, Role.Names.FINANCE})
class ProgrammeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Programmes programmes;
    private final ProgrammeDefinitions definitions;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private String title = "";

    ProgrammeDetailsView(Programmes programmes, ProgrammeDefinitions definitions, StaffDirectory staff,
            CurrentUser currentUser) {
        this.programmes = programmes;
        this.definitions = definitions;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var programme = event.getRouteParameters().getLong("programmeId")
                .flatMap(programmes::details)
                .orElseThrow(NotFoundException::new);
        show(programme);
    }

    private void show(ProgrammeDetails programme) {
        title = programme.name();
        removeAll();
        boolean canEdit = ProgrammeListView.canEdit(currentUser);
        // one query for every name on the page: the provider's leads and coordinators
        List<StaffChoice> choices = staff.choices();
        Map<Long, String> names = choices.stream().collect(Collectors.toMap(StaffChoice::userId, StaffChoice::displayName));
        List<DefinitionVersion> history = definitions.history(programme.id());

        var back = new RouterLink(getTranslation("programmes.back"), ProgrammeListView.class);
        var header = canEdit ? new PageHeader(programme.name(), null, editButton(programme, choices))
                : new PageHeader(programme.name(), null);
        var facts = new DescriptionList();
        facts.add(new Term(getTranslation("programmes.profession")),
                new Description(getTranslation("profession." + programme.profession())));
        facts.add(new Term(getTranslation("programmes.level")), new Description(programme.level()));
        facts.add(new Term(getTranslation("programmes.named-lead")), new Description(named(programme.leadUserId(), names::get)));
        facts.add(new Term(getTranslation("programmes.named-coordinator")),
                new Description(named(programme.coordinatorUserId(), names::get)));
        var section = canEdit ? new DefinitionSection(history, newVersionButton(programme, history))
                : new DefinitionSection(history);
        add(back, header, facts, section);
    }

    private String named(Long userId, Function<Long, String> names) {
        if (userId == null) {
            return getTranslation("programmes.not-named");
        }
        String name = names.apply(userId);
        return name == null ? getTranslation("programmes.no-longer-staff") : name;
    }

    private Button editButton(ProgrammeDetails programme, List<StaffChoice> choices) {
        var edit = new Button(getTranslation("programmes.edit"), e ->
                new ProgrammeDialog(programmes, choices, programme, id -> reload(id)).open());
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        return edit;
    }

    private Button newVersionButton(ProgrammeDetails programme, List<DefinitionVersion> history) {
        var current = history.isEmpty() ? null : history.getFirst();
        var button = new Button(getTranslation(current == null ? "definition.first" : "definition.new"), e ->
                new DefinitionDialog(definitions, programme.id(), current, () -> reload(programme.id())).open());
        button.setAriaLabel(getTranslation(current == null ? "definition.first-of" : "definition.new-of", programme.name()));
        return button;
    }

    private void reload(Long programmeId) {
        show(programmes.details(programmeId).orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
