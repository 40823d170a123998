package app.involvement.payments.ui;

import app.involvement.payments.ClaimDetails;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

/** Every step of a claim as it happened: what, when, and who. */
class ClaimSteps extends OrderedList {

    ClaimSteps(ClaimDetails claim) {
        setId("claim-steps");
        claim.steps().forEach(step -> add(new ListItem(step.by() == null
                ? getTranslation("claims.step", ClaimTexts.status(this, step.status()),
                        UkFormats.dateTime(step.at(), getLocale()))
                : getTranslation("claims.step.by", ClaimTexts.status(this, step.status()),
                        UkFormats.dateTime(step.at(), getLocale()), step.by()))));
    }
}
