package app.involvement.sessions.ui;

import app.involvement.sessions.OfferMode;
import app.involvement.sessions.OfferRow;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Everyone asked for the session (a bounded list) with where they stand; confirm or take back offers and places. */
class PartnersSection extends Section {

    PartnersSection(SessionDetails session, List<OfferRow> asked, Offers offers, Runnable changed) {
        setId("session-partners");
        addClassName("session-section");
        var heading = new H2(getTranslation("sessions.partners"));
        heading.setId("session-partners-heading");
        add(heading);
        if (asked.isEmpty()) {
            add(new Paragraph(getTranslation("sessions.partners.none")));
            return;
        }
        boolean planned = session.status() == SessionStatus.PLANNED;
        var grid = new Grid<OfferRow>();
        grid.addColumn(OfferRow::preferredName).setHeader(getTranslation("sessions.partner.name")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("sessions.partner.status")).setFlexGrow(2);
        grid.addColumn(o -> o.status() == OfferStatus.OFFERED && o.expiresAt() != null
                ? UkFormats.dateTime(o.expiresAt(), getLocale()) : "")
                .setHeader(getTranslation("sessions.partner.expires")).setAutoWidth(true);
        if (planned) {
            grid.addComponentColumn(o -> actions(session, o, offers, changed))
                    .setHeader(getTranslation("sessions.partner.actions")).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("session-offers-grid");
        grid.setAriaLabel(getTranslation("sessions.partners"));
        grid.setItems(asked);
        add(grid);
    }

    private String status(OfferRow o) {
        String text = getTranslation("sessions.offer.status." + o.status());
        if (o.status() == OfferStatus.BACKUP && o.backupRank() != null) {
            text = getTranslation("sessions.offer.backup-rank", o.backupRank());
        }
        if (o.status() == OfferStatus.WITHDRAWN && o.withdrawalReason() != null) {
            text = getTranslation("sessions.offer.withdrawn-because", o.withdrawalReason());
        }
        return text;
    }

    private Div actions(SessionDetails session, OfferRow o, Offers offers, Runnable changed) {
        var actions = new Div();
        actions.addClassName("row-actions");
        if (session.offerMode() == OfferMode.COORDINATOR_CONFIRMS
                && (o.status() == OfferStatus.ACCEPTED || o.status() == OfferStatus.BACKUP)) {
            var confirm = new Button(getTranslation("sessions.offer.confirm"),
                    e -> act(() -> offers.confirm(o.offerId()), "sessions.offer.confirmed", o, changed));
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            confirm.setAriaLabel(getTranslation("sessions.offer.confirm-of", o.preferredName()));
            actions.add(confirm);
        }
        if (o.status().open()) {
            var retract = new Button(getTranslation("sessions.offer.retract"),
                    e -> act(() -> offers.retract(o.offerId()), "sessions.offer.retracted", o, changed));
            retract.addThemeVariants(ButtonVariant.SMALL);
            retract.setAriaLabel(getTranslation("sessions.offer.retract-of", o.preferredName()));
            actions.add(retract);
        }
        return actions;
    }

    private void act(Runnable action, String doneKey, OfferRow o, Runnable changed) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey, o.preferredName()));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        } catch (AccessDeniedException refused) {
            Notices.error(getTranslation("sessions.refused"));
        }
        changed.run();
    }
}
