package app.involvement.identity.ui;

import app.involvement.identity.Invitations;
import app.involvement.identity.PendingInvitation;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.identity.StaffMember;
import app.involvement.identity.TwoStepPolicy;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import app.involvement.tenancy.ProviderLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The lead's list of staff in their provider: invite coordinators and finance, change or remove roles. */
@Route("staff")
@Menu(title = "menu.staff", order = 80)
@RolesAllowed(Role.Names.LEAD)
class StaffListView extends VerticalLayout implements HasDynamicTitle {

    private final StaffDirectory staff;
    private final Invitations invitations;
    private final Grid<StaffMember> grid = new Grid<>();
    private final Grid<PendingInvitation> pending = new Grid<>();

    StaffListView(StaffDirectory staff, Invitations invitations, TwoStepPolicy twoStep, ProviderLanguage language) {
        this.staff = staff;
        this.invitations = invitations;
        var invite = new Button(getTranslation("staff.invite"), e -> new InviteStaffDialog(invitations, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        add(new PageHeader(getTranslation("staff.title"), getTranslation("staff.lead"), invite));

        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(StaffMember::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("staff.role")).setAutoWidth(true);
        grid.addColumn(m -> UkFormats.date(m.since(), getLocale())).setHeader(getTranslation("staff.since"));
        grid.addComponentColumn(this::removeCell).setHeader(getTranslation("staff.actions"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("staff.title"));
        grid.setItemsPageable(staff::list, p -> staff.count());
        grid.setHeight("22rem");

        pending.addColumn(PendingInvitation::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        pending.addColumn(i -> getTranslation("role." + i.role())).setHeader(getTranslation("staff.role"));
        pending.addColumn(i -> UkFormats.date(i.expiresAt(), getLocale())).setHeader(getTranslation("staff.expires"));
        pending.addComponentColumn(this::revokeCell).setHeader(getTranslation("staff.actions"));
        pending.setAriaLabel(getTranslation("staff.pending"));
        pending.setItems(query -> invitations.pending(PageRequest.of(
                query.getPage(), query.getPageSize())).stream());
        pending.setHeight("14rem");
        add(grid, new H2(getTranslation("staff.pending")), pending, twoStepSetting(twoStep), languageSetting(language));
    }

    private Checkbox twoStepSetting(TwoStepPolicy twoStep) {
        var required = new Checkbox(getTranslation("staff.two-step"), twoStep.requiredForStaff());
        required.setId("staff-two-step");
        required.setHelperText(getTranslation("staff.two-step.help"));
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                twoStep.requireForStaff(e.getValue());
                Notices.success(getTranslation(e.getValue() ? "staff.two-step.on" : "staff.two-step.off"));
            }
        });
        return required;
    }

    private Select<Language> languageSetting(ProviderLanguage language) {
        var select = new Select<Language>();
        select.setId("provider-language");
        select.setLabel(getTranslation("language.default"));
        select.setHelperText(getTranslation("language.default.help"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(l -> getTranslation("language.name." + l.code()));
        select.setValue(language.ownDefault());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                language.changeDefault(e.getValue());
                Notices.success(getTranslation("language.default.changed",
                        getTranslation("language.name." + e.getValue().code())));
            }
        });
        return select;
    }

    private Select<Role> roleCell(StaffMember member) {
        var select = new Select<Role>();
        select.setItems(member.role() == Role.LEAD ? List.of(Role.LEAD) : List.of(Role.COORDINATOR, Role.FINANCE));
        select.setItemLabelGenerator(r -> getTranslation("role." + r));
        select.setValue(member.role());
        select.setReadOnly(member.role() == Role.LEAD);
        select.setAriaLabel(getTranslation("staff.role-of", member.displayName()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> staff.changeRole(member.membershipId(), e.getValue()),
                        getTranslation("staff.role-changed", member.displayName(), getTranslation("role." + e.getValue())));
            }
        });
        return select;
    }

    private com.vaadin.flow.component.Component removeCell(StaffMember member) {
        if (member.role() == Role.LEAD) {
            return new Span();
        }
        var remove = new Button(getTranslation("staff.remove"), e -> {
            var confirm = new ConfirmDialog(getTranslation("staff.remove.title"),
                    getTranslation("staff.remove.text", member.displayName()), getTranslation("staff.remove"),
                    ok -> act(() -> staff.remove(member.membershipId()), getTranslation("staff.removed", member.displayName())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("staff.remove-of", member.displayName()));
        return remove;
    }

    private Button revokeCell(PendingInvitation invitation) {
        var revoke = new Button(getTranslation("staff.revoke"), e ->
                act(() -> invitations.revoke(invitation.invitationId()), getTranslation("staff.revoked", invitation.email())));
        revoke.addThemeVariants(ButtonVariant.TERTIARY);
        revoke.setAriaLabel(getTranslation("staff.revoke-of", invitation.email()));
        return revoke;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        pending.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }
}
