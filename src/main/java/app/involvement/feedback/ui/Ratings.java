package app.involvement.feedback.ui;

import app.involvement.feedback.FeedbackLimits;
import app.involvement.shared.ui.LightRadioGroup;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.IntStream;

/** The 1–5 rating and yes/no choices (worded for each question, as Welsh answers each its own way), as radio groups: keyboard (arrow keys), screen reader and phone friendly. */
final class Ratings {

    private Ratings() {
    }

    static LightRadioGroup<Integer> rating(Component owner, String labelKey) {
        var group = new LightRadioGroup<Integer>();
        group.setLabel(owner.getTranslation(labelKey));
        group.setItems(IntStream.rangeClosed(FeedbackLimits.RATING_MIN, FeedbackLimits.RATING_MAX).boxed().toList(),
                r -> owner.getTranslation("feedback.rating." + r));
        group.setVertical();
        group.setRequired(true);
        return group;
    }

    static LightRadioGroup<Boolean> yesNo(Component owner, String labelKey) {
        var group = new LightRadioGroup<Boolean>();
        group.setLabel(owner.getTranslation(labelKey));
        group.setItems(List.of(true, false), b -> owner.getTranslation(labelKey + (b ? ".yes" : ".no")));
        group.setRequired(true);
        return group;
    }

    static String yesNo(Component owner, boolean value) {
        return owner.getTranslation(value ? "feedback.yes" : "feedback.no");
    }
}
