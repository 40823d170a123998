package app.involvement.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** An amount in pounds and pence: a decimal field with a £ before it and the phone's number keyboard. */
public final class MoneyFields {

    private MoneyFields() {
    }

    public static BigDecimalField pounds(String label) {
        var field = new BigDecimalField(label);
        field.setPrefixComponent(new Span("£"));
        field.getElement().setAttribute("inputmode", "decimal");
        return field;
    }
}
