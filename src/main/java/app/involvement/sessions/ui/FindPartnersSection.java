package app.involvement.sessions.ui;

import app.involvement.sessions.MatchCandidate;
import app.involvement.sessions.Matching;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionDetails;
import app.involvement.sessions.SessionLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Partners who could be offered the session, fairest first, one page at a time (lazy grid); only eligible ones
 * can be ticked, the others show every reason they are left out.
 */
class FindPartnersSection extends Section {

    private final Span chosen = new Span();
    private final Set<Long> chosenIds = new LinkedHashSet<>();
    private Button send;

    FindPartnersSection(SessionDetails session, Matching matching, Offers offers, Runnable changed) {
        setId("session-find");
        addClassName("session-section");
        var heading = new H2(getTranslation("sessions.find"));
        add(heading, new Paragraph(getTranslation("sessions.find.lead")));

        var grid = new Grid<MatchCandidate>();
        // a checkbox drawn in the browser for eligible partners only: no server-side component per row (DD021)
        grid.addColumn(LitRenderer.<MatchCandidate>of("${item.eligible ? html`<vaadin-checkbox"
                        + " aria-label=\"${item.label}\" .checked=${item.chosen} @change=${toggle}></vaadin-checkbox>` : ''}")
                        .withProperty("eligible", MatchCandidate::eligible)
                        .withProperty("chosen", c -> chosenIds.contains(c.partnerId()))
                        .withProperty("label", c -> getTranslation("sessions.find.choose-of", c.preferredName()))
                        .withFunction("toggle", c -> toggle(c)))
                .setHeader(getTranslation("sessions.find.choose")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MatchCandidate::preferredName).setHeader(getTranslation("sessions.partner.name")).setFlexGrow(2);
        grid.addColumn(c -> c.lastInvolvedOn() == null ? getTranslation("sessions.find.never")
                : UkFormats.date(c.lastInvolvedOn(), getLocale()))
                .setHeader(getTranslation("sessions.find.last-involved")).setAutoWidth(true);
        grid.addColumn(MatchCandidate::sessionsThisYear).setHeader(getTranslation("sessions.find.this-year"))
                .setAutoWidth(true);
        grid.addColumn(this::reasons).setHeader(getTranslation("sessions.find.reasons")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setId("session-candidates");
        grid.setAriaLabel(getTranslation("sessions.find"));
        grid.setEmptyStateText(getTranslation("sessions.find.none"));
        grid.setPageSize(SessionLimits.PAGE_SIZE_MAX / 2);
        grid.setItemsPageable(pageable -> matching.candidates(session.id(), pageable),
                pageable -> matching.count(session.id()));
        grid.setHeight("24rem");

        chosen.getElement().setAttribute("role", "status");
        chosen.setId("session-chosen");
        send = new Button(getTranslation("sessions.send"));
        send.setId("session-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> {
            List<Long> ids = List.copyOf(chosenIds);
            try {
                int sent = offers.send(session.id(), ids);
                Notices.success(getTranslation("sessions.sent", sent));
                changed.run();
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            } catch (AccessDeniedException refused) {
                Notices.error(getTranslation("sessions.refused"));
            }
        });
        var bar = new com.vaadin.flow.component.html.Div(send, chosen);
        bar.addClassName("list-bar");
        add(grid, bar);
    }

    /** Ticks or unticks an eligible partner (the browser shows no tick for the others). */
    private void toggle(MatchCandidate c) {
        if (!c.eligible()) {
            return;
        }
        if (!chosenIds.remove(c.partnerId())) {
            if (chosenIds.size() >= SessionLimits.MAX_OFFERS_AT_ONCE) {
                Notices.error(getTranslation("sessions.find.too-many", SessionLimits.MAX_OFFERS_AT_ONCE));
                return;
            }
            chosenIds.add(c.partnerId());
        }
        chosen.setText(getTranslation("sessions.find.chosen", chosenIds.size()));
        send.setEnabled(!chosenIds.isEmpty());
    }

    private String reasons(MatchCandidate c) {
        if (c.eligible()) {
            return getTranslation("sessions.find.eligible");
        }
        return c.exclusions().stream().sorted().map(x -> getTranslation("sessions.exclusion." + x))
                .collect(Collectors.joining("; "));
    }
}
