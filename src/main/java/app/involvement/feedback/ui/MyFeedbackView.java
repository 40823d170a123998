package app.involvement.feedback.ui;

import app.involvement.feedback.FeedbackLimits;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.feedback.MyFeedback;
import app.involvement.feedback.MyFeedbackPage;
import app.involvement.feedback.PartnerAnswers;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The partner's feedback on a session they attended, phone first (DD039): how it went (1–5), whether the support
 * was enough, whether they would do it again, anything to change. Radio groups and a text box only, one under
 * another, so it works at 360 px and by keyboard. After sending, it says until when the answers may be changed; once
 * that is over they are shown read-only. A session they did not attend is "not found", like an unknown id.
 */
@Route(FeedbackNavigation.MY_FEEDBACK + ":sessionId([0-9]{1,18})")
@RolesAllowed(Role.Names.PARTNER)
class MyFeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyFeedback myFeedback;
    private Long sessionId;

    MyFeedbackView(MyFeedback myFeedback) {
        this.myFeedback = myFeedback;
        addClassName("narrow-page");
        addClassName("my-feedback");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElseThrow(NotFoundException::new);
        try {
            show(myFeedback.page(sessionId));
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
    }

    private void show(MyFeedbackPage page) {
        removeAll();
        var back = new Anchor("my-sessions", getTranslation("my-feedback.back"));
        back.addClassName("back-link");
        add(back, new PageHeader(getTranslation("my-feedback.title"), getTranslation("my-feedback.lead", page.title(),
                UkFormats.longDate(page.heldOn(), getLocale()))));
        if (page.open()) {
            add(form(page));
        } else {
            add(answers(page));
        }
    }

    private Div form(MyFeedbackPage page) {
        var form = new Div();
        form.addClassName("stacked-form");
        form.setId("my-feedback-form");
        if (page.given() != null) {
            var state = new Paragraph(getTranslation("my-feedback.given", UkFormats.dateTime(page.givenAt(), getLocale()),
                    UkFormats.longDate(page.openUntil(), getLocale())));
            state.setId("my-feedback-state");
            form.add(state);
        } else {
            var intro = new Paragraph(getTranslation("my-feedback.intro"));
            intro.setId("my-feedback-state");
            form.add(intro);
        }
        var rating = Ratings.rating(this, "my-feedback.rating");
        rating.setId("my-feedback-rating");
        var support = Ratings.yesNo(this, "my-feedback.support");
        support.setId("my-feedback-support");
        var again = Ratings.yesNo(this, "my-feedback.again");
        again.setId("my-feedback-again");
        var change = new TextArea(getTranslation("my-feedback.change"));
        change.setId("my-feedback-change");
        change.setHelperText(getTranslation("my-feedback.change.help"));
        change.setMaxLength(FeedbackLimits.PARTNER_CHANGE);
        change.setWidthFull();
        if (page.given() != null) {
            rating.setValue(page.given().rating());
            support.setValue(page.given().supportEnough());
            again.setValue(page.given().wouldDoAgain());
            change.setValue(page.given().toChange() == null ? "" : page.given().toChange());
        }
        var errors = new FieldErrors(this).on("my-feedback.rating", rating).on("feedback.rating", rating)
                .on("my-feedback.support", support).on("my-feedback.again", again).on("my-feedback.change", change);
        var send = new Button(getTranslation(page.given() == null ? "my-feedback.send" : "my-feedback.save"), e -> {
            errors.clear();
            boolean ok = rating.getValue() != null || errors.mark(rating, "my-feedback.rating.required");
            ok &= support.getValue() != null || errors.mark(support, "my-feedback.support.required");
            ok &= again.getValue() != null || errors.mark(again, "my-feedback.again.required");
            if (!ok) {
                return;
            }
            try {
                myFeedback.give(sessionId, new PartnerAnswers(rating.getValue(), support.getValue(), again.getValue(),
                        change.getValue()));
                Notices.success(getTranslation("my-feedback.thanks"));
                show(myFeedback.page(sessionId));
            } catch (BusinessRuleException refused) {
                errors.show(refused);
            }
        });
        send.setId("my-feedback-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(rating, support, again, change, send);
        return form;
    }

    private Div answers(MyFeedbackPage page) {
        var section = new Div();
        section.setId("my-feedback-answers");
        if (page.given() == null) {
            section.add(new Paragraph(getTranslation("my-feedback.closed.none")));
            return section;
        }
        var list = new DescriptionList();
        list.add(new DescriptionList.Term(getTranslation("my-feedback.rating")),
                new DescriptionList.Description(getTranslation("feedback.rating." + page.given().rating())));
        list.add(new DescriptionList.Term(getTranslation("my-feedback.support")),
                new DescriptionList.Description(Ratings.yesNo(this, page.given().supportEnough())));
        list.add(new DescriptionList.Term(getTranslation("my-feedback.again")),
                new DescriptionList.Description(Ratings.yesNo(this, page.given().wouldDoAgain())));
        list.add(new DescriptionList.Term(getTranslation("my-feedback.change")),
                new DescriptionList.Description(page.given().toChange() == null || page.given().toChange().isBlank()
                        ? getTranslation("my-feedback.change.nothing") : page.given().toChange()));
        section.add(new Paragraph(getTranslation("my-feedback.closed.given",
                UkFormats.dateTime(page.givenAt(), getLocale()))), list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-feedback.title");
    }
}
