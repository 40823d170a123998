package app.involvement.erasure.ui;

import app.involvement.erasure.ErasureLimits;
import app.involvement.erasure.ErasureNavigation;
import app.involvement.erasure.MyErasure;
import app.involvement.erasure.MyErasureRequest;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner asks to leave and be forgotten: what is erased, what finance must keep and for how long, an optional
 * reason, and, while the request is open, a way to withdraw it. One thing on the page, phone first.
 */
@Route(ErasureNavigation.LEAVE)
@RolesAllowed(Role.Names.PARTNER)
class LeaveView extends Div implements HasDynamicTitle {

    private final MyErasure myErasure;
    final TextArea reason = new TextArea();

    LeaveView(MyErasure myErasure) {
        this.myErasure = myErasure;
        addClassName("partner-page");
        show();
    }

    private void show() {
        removeAll();
        add(new com.vaadin.flow.component.html.Anchor(app.involvement.pool.PartnerNavigation.MY_PROFILE, getTranslation("erasure.leave.back")));
        add(new PageHeader(getTranslation("erasure.leave.title"), getTranslation("erasure.leave.lead")));
        add(section("erasure.leave.erased.title", list("erasure.leave.erased.1", "erasure.leave.erased.2",
                "erasure.leave.erased.3", "erasure.leave.erased.4")));
        add(section("erasure.leave.kept.title", new Paragraph(getTranslation("erasure.leave.kept.text")),
                list("erasure.leave.kept.1", "erasure.leave.kept.2"),
                new Paragraph(getTranslation("erasure.leave.kept.how-long"))));
        add(section("erasure.leave.other.title", new Paragraph(getTranslation("erasure.leave.other.text"))));
        myErasure.open().ifPresentOrElse(this::showOpen, this::showAsk);
    }

    private void showOpen(MyErasureRequest open) {
        var section = section("erasure.leave.open.title", new Paragraph(getTranslation("erasure.leave.open.text",
                UkFormats.date(open.requestedAt(), getLocale()))));
        section.setId("erasure-open");
        if (open.reason() != null) {
            section.add(new Paragraph(getTranslation("erasure.leave.open.reason", open.reason())));
        }
        var withdraw = new Button(getTranslation("erasure.leave.withdraw"), e -> act(myErasure::withdraw,
                "erasure.leave.withdrawn"));
        withdraw.setId("erasure-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LARGE);
        section.add(withdraw);
        add(section);
    }

    private void showAsk() {
        reason.setLabel(getTranslation("erasure.leave.reason"));
        reason.setHelperText(getTranslation("erasure.leave.reason.help"));
        reason.setMaxLength(ErasureLimits.REASON);
        reason.setId("erasure-reason");
        reason.setWidthFull();
        reason.setValue("");
        var ask = new Button(getTranslation("erasure.leave.ask"), e -> act(() -> myErasure.ask(reason.getValue()),
                "erasure.leave.asked"));
        ask.setId("erasure-ask");
        ask.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE, ButtonVariant.ERROR);
        var section = section("erasure.leave.ask.title", new Paragraph(getTranslation("erasure.leave.ask.text")),
                reason, ask);
        section.setId("erasure-ask-section");
        add(section);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
            show();
        } catch (BusinessRuleException refused) {
            reason.setErrorMessage(Notices.message(refused));
            reason.setInvalid(true);
            Notices.error(Notices.message(refused));
        }
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasure.leave.title");
    }
}
