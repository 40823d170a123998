package app.involvement.pool.ui;

import app.involvement.identity.Invitations;
import app.involvement.identity.PendingInvitation;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.data.domain.PageRequest;

/** The partner invitations not yet accepted, for leads and coordinators, each with a button to withdraw it. */
class PartnerInvitationsDialog extends Dialog {


    final Grid<PendingInvitation> grid = new Grid<>();
    private final Invitations invitations;

    PartnerInvitationsDialog(Invitations invitations) {
        this.invitations = invitations;
        setHeaderTitle(getTranslation("pool.invitations"));
        grid.addColumn(PendingInvitation::email).setHeader(getTranslation("pool.invitations.email")).setFlexGrow(2);
        grid.addColumn(i -> UkFormats.date(i.expiresAt(), getLocale()))
                .setHeader(getTranslation("pool.invitations.expires"));
        grid.addComponentColumn(this::withdrawButton).setHeader(getTranslation("pool.invitations.actions"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("pool.invitations"));
        grid.setEmptyStateText(getTranslation("pool.invitations.none"));
        grid.setItems(query -> invitations.pendingPartners(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setPageSize(Invitations.MAX_PENDING_PAGE);
        grid.setHeight("20rem");
        add(new Paragraph(getTranslation("pool.invitations.text")), grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(44rem, 100vw)");
    }

    private Button withdrawButton(PendingInvitation invitation) {
        var withdraw = new Button(getTranslation("pool.invitations.withdraw"), e -> {
            invitations.revokePartner(invitation.invitationId());
            Notices.success(getTranslation("pool.invitations.withdrawn", invitation.email()));
            grid.getDataProvider().refreshAll();
        });
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        withdraw.setAriaLabel(getTranslation("pool.invitations.withdraw-of", invitation.email()));
        return withdraw;
    }
}
