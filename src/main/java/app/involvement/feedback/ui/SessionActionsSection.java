package app.involvement.feedback.ui;

import app.involvement.feedback.ActionRow;
import app.involvement.feedback.Actions;
import app.involvement.feedback.FeedbackNavigation;
import app.involvement.feedback.PartnerFeedbackRow;
import app.involvement.feedback.SessionEvaluation;
import app.involvement.identity.StaffChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The actions raised from this session, and a form to raise one from the session or from a partner's feedback. */
class SessionActionsSection extends Div {

    SessionActionsSection(Actions actions, List<StaffChoice> staff, SessionEvaluation evaluation, Runnable reload) {
        addClassName("feedback-section");
        setId("session-feedback-actions");
        add(new H2(getTranslation("session-feedback.actions.title")));
        if (evaluation.actions().isEmpty()) {
            add(new Paragraph(getTranslation("session-feedback.actions.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("feedback-entries");
            for (ActionRow row : evaluation.actions()) {
                var item = new ListItem(new Anchor(FeedbackNavigation.ACTION + row.id(), row.what()));
                item.add(new Paragraph(getTranslation("session-feedback.actions.item", row.ownerName(),
                        UkFormats.date(row.dueOn(), getLocale()), getTranslation("actions.status." + row.status()))));
                if (row.overdue()) {
                    var flag = new Span(getTranslation("actions.overdue"));
                    flag.addClassName("action-overdue");
                    item.add(flag);
                }
                list.add(item);
            }
            add(list);
        }
        add(new H3(getTranslation("session-feedback.actions.raise")));
        var source = new Select<Optional<PartnerFeedbackRow>>();
        source.setLabel(getTranslation("session-feedback.actions.source"));
        var sources = new ArrayList<Optional<PartnerFeedbackRow>>();
        sources.add(Optional.empty());
        evaluation.partners().forEach(p -> sources.add(Optional.of(p)));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> s.map(p -> getTranslation("session-feedback.actions.source.partner",
                p.partnerName())).orElseGet(() -> getTranslation("session-feedback.actions.source.session")));
        source.setValue(Optional.empty());
        source.setId("action-source");
        var form = new ActionForm("action-new", staff, false);
        var raise = new Button(getTranslation("session-feedback.actions.raise.button"), e -> {
            LocalDate today = LocalDate.now(UkFormats.UK_TIME);
            form.read(today, null).ifPresent(input -> {
                try {
                    Long from = source.getValue() == null ? null
                            : source.getValue().map(PartnerFeedbackRow::id).orElse(null);
                    actions.raise(evaluation.sessionId(), from, input);
                    Notices.success(getTranslation("session-feedback.actions.raised"));
                    reload.run();
                } catch (BusinessRuleException refused) {
                    form.show(refused);
                }
            });
        });
        raise.setId("action-raise");
        raise.addThemeVariants(ButtonVariant.PRIMARY);
        var wrapper = new Div(source, form, raise);
        wrapper.addClassName("stacked-form");
        add(wrapper);
    }
}
