package app.involvement.sessions.ui;

import app.involvement.identity.Role;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerNavigation;
import app.involvement.sessions.AcceptOutcome;
import app.involvement.sessions.Declarations;
import app.involvement.sessions.MySession;
import app.involvement.sessions.MySessions;
import app.involvement.sessions.MyWellbeing;
import app.involvement.sessions.OfferStatus;
import app.involvement.sessions.Offers;
import app.involvement.sessions.SessionNavigation;
import app.involvement.sessions.SessionStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One session as the partner sees it, phone first (DD029): where they stand, what, when, where, the fee and
 * expenses, what to prepare, things to know, their own access needs; then what they can do now — answer an offer
 * in one step, give up a place, make their declaration, check in before, ask for a debrief after. Another
 * partner's or provider's offer shows "not found", like an unknown id (and is logged).
 */
@Route(SessionNavigation.MY_OFFER + ":offerId([0-9]{1,18})")
@RolesAllowed(Role.Names.PARTNER)
class MyOfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MySessions mySessions;
    private final Offers offers;
    private final Declarations declarations;
    private final MyWellbeing wellbeing;
    private final MyProfile myProfile;
    private String title = "";

    MyOfferView(MySessions mySessions, Offers offers, Declarations declarations, MyWellbeing wellbeing,
            MyProfile myProfile) {
        this.mySessions = mySessions;
        this.offers = offers;
        this.declarations = declarations;
        this.wellbeing = wellbeing;
        this.myProfile = myProfile;
        addClassName("narrow-page");
        addClassName("my-offer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long offerId = event.getRouteParameters().getLong("offerId").orElseThrow(NotFoundException::new);
        try {
            show(mySessions.one(offerId));
        } catch (AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    private void show(MySession s) {
        removeAll();
        title = s.title();
        var standing = new Paragraph(MySessionTexts.standing(this, s));
        standing.setId("my-offer-standing");
        standing.addClassName("my-session-standing");
        add(new RouterLink(getTranslation("my-sessions.back"), MySessionsView.class), new PageHeader(title, null),
                standing);
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        boolean upcoming = s.sessionStatus() == SessionStatus.PLANNED && !s.heldOn().isBefore(today);
        if (s.status() == OfferStatus.OFFERED && upcoming) {
            add(answer(s));
        }
        add(facts(s));
        if (upcoming && (s.status() == OfferStatus.CONFIRMED || s.status() == OfferStatus.BACKUP)) {
            if (s.status() == OfferStatus.CONFIRMED && (s.confidentialityNeeded() || s.conflictCheckNeeded())) {
                add(new DeclarationForm(declarations, s, () -> reload(s)));
            }
            if (s.status() == OfferStatus.CONFIRMED) {
                add(new CheckInForm(wellbeing, s));
            }
            add(withdraw(s));
        }
        boolean held = s.sessionStatus() == SessionStatus.COMPLETED
                || (s.sessionStatus() == SessionStatus.PLANNED && !s.heldOn().isAfter(today));
        if (s.status() == OfferStatus.CONFIRMED && held) {
            add(new DebriefForm(wellbeing, s));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void reload(MySession s) {
        show(mySessions.one(s.offerId()));
    }

    private Component answer(MySession s) {
        var accept = new Button(getTranslation("my-sessions.accept"), e -> act(s, () -> {
            AcceptOutcome outcome = offers.accept(s.offerId());
            return switch (outcome) {
                case CONFIRMED -> getTranslation("my-sessions.accepted");
                case AWAITING_CONFIRMATION -> getTranslation("my-sessions.accepted.awaiting");
                case BACKUP -> getTranslation("my-sessions.accepted.backup",
                        mySessions.one(s.offerId()).backupRank());
            };
        }));
        accept.setId("my-offer-accept");
        accept.setAriaLabel(getTranslation("my-sessions.accept-of", s.title()));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        var decline = new Button(getTranslation("my-sessions.decline"), e -> act(s, () -> {
            offers.decline(s.offerId());
            return getTranslation("my-sessions.declined");
        }));
        decline.setId("my-offer-decline");
        decline.setAriaLabel(getTranslation("my-sessions.decline-of", s.title()));
        var buttons = new Div(accept, decline);
        buttons.addClassName("my-offer-answer");
        return buttons;
    }

    private Component withdraw(MySession s) {
        var button = new Button(getTranslation("my-sessions.withdraw"), e -> new WithdrawDialog(s, reason -> act(s, () -> {
            offers.withdraw(s.offerId(), reason);
            return getTranslation("my-sessions.withdrawn");
        })).open());
        button.setId("my-offer-withdraw");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        var section = new Div(new Paragraph(getTranslation("my-sessions.withdraw.lead")), button);
        section.addClassName("my-offer-section");
        return section;
    }

    private void act(MySession s, java.util.function.Supplier<String> action) {
        try {
            Notices.success(action.get());
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
        reload(s);
    }

    private DescriptionList facts(MySession s) {
        var facts = new DescriptionList();
        facts.setId("my-offer-facts");
        facts.addClassName("my-offer-facts");
        fact(facts, "my-sessions.what", new Div(new Paragraph(s.description()), new Paragraph(s.activityTypeName())));
        fact(facts, "my-sessions.when-label", new Paragraph(MySessionTexts.when(this, s)));
        var where = new Div();
        if (s.place() != null) {
            where.add(new Paragraph(s.place()));
        }
        if (s.onlineLink() != null) {
            where.add(new Paragraph(MySessionTexts.onlineLink(this, s)));
        }
        fact(facts, "my-sessions.where-label", where);
        fact(facts, "my-sessions.payment", new Paragraph(s.paymentNote() == null
                ? getTranslation("my-sessions.payment.none") : s.paymentNote()));
        var prepare = new Div(new Paragraph(s.preparation() == null ? getTranslation("my-sessions.prepare.none")
                : s.preparation()));
        if (s.preparationLink() != null) {
            prepare.add(new Paragraph(MySessionTexts.preparationLink(this, s)));
        }
        fact(facts, "my-sessions.prepare-label", prepare);
        if (s.wellbeingNotes() != null) {
            fact(facts, "my-sessions.wellbeing-notes", new Paragraph(s.wellbeingNotes()));
        }
        fact(facts, "my-sessions.access", access());
        return facts;
    }

    /** The partner's own access needs, so they can check them before saying yes. */
    private Component access() {
        var needs = myProfile.get().map(PartnerDetails::profile).orElse(null);
        var box = new Div();
        if (needs == null || (needs.accessNeeds().isEmpty() && (needs.accessNotes() == null
                || needs.accessNotes().isBlank()))) {
            box.add(new Paragraph(getTranslation("my-sessions.access.none")));
        } else {
            if (!needs.accessNeeds().isEmpty()) {
                box.add(new Paragraph(needs.accessNeeds().stream().sorted()
                        .map(a -> getTranslation("pool.access." + a)).collect(Collectors.joining(", "))));
            }
            if (needs.accessNotes() != null && !needs.accessNotes().isBlank()) {
                box.add(new Paragraph(needs.accessNotes()));
            }
        }
        box.add(new Paragraph(new Anchor(PartnerNavigation.MY_PROFILE, getTranslation("my-sessions.access.change"))));
        return box;
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new Term(getTranslation(key)), new Description(value));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("my-sessions.title") : title;
    }
}
