package app.involvement.shared.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * One choice from a short, fixed list: the same {@code <vaadin-radio-group>} and {@code <vaadin-radio-button>}
 * elements, keyboard behaviour and labels as Vaadin's {@code RadioButtonGroup}, but each choice is a bare
 * element instead of a server-side field component with its own label component and listeners (DD026). Only
 * the group's {@code value} (the chosen position) is kept in step with the browser. A choice may carry a line
 * of help under its label, inside the label, so it is read with it.
 */
@Tag("vaadin-radio-group")
@NpmPackage(value = "@vaadin/radio-group", version = "25.2.6")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
public class LightRadioGroup<T> extends AbstractSinglePropertyField<LightRadioGroup<T>, T>
        implements HasLabel, HasHelper, HasValidationProperties {

    private List<T> items = List.of();

    public LightRadioGroup() {
        super("value", null, String.class, LightRadioGroup::toModel, LightRadioGroup::toPresentation);
    }

    /** The choices, in order, each labelled by {@code labels}; clears the value. */
    public void setItems(List<T> choices, ItemLabelGenerator<T> labels) {
        setItems(choices, labels, null);
    }

    /** As {@link #setItems(List, ItemLabelGenerator)}, with a line of help under each label ({@code help}). */
    public void setItems(List<T> choices, ItemLabelGenerator<T> labels, ItemLabelGenerator<T> help) {
        items = List.copyOf(choices);
        getElement().removeAllChildren();
        for (int i = 0; i < items.size(); i++) {
            var radio = new Element("vaadin-radio-button");
            radio.setAttribute("value", String.valueOf(i));
            if (help == null) {
                radio.setProperty("label", labels.apply(items.get(i)));
            } else {
                var text = new Element("div");
                text.setAttribute("class", "choice-with-help");
                text.appendChild(new Element("span").setText(labels.apply(items.get(i))),
                        new Element("p").setText(help.apply(items.get(i))));
                var label = new Element("label");
                label.setAttribute("slot", "label");
                label.appendChild(text);
                radio.appendChild(label);
            }
            getElement().appendChild(radio);
        }
        clear();
    }

    public List<T> getItems() {
        return items;
    }

    public void setRequired(boolean required) {
        setRequiredIndicatorVisible(required);
    }

    /** Lays the choices out one under another (Lumo's {@code vertical} theme). */
    public void setVertical() {
        getElement().getThemeList().add("vertical");
    }

    /** The web component passes {@code disabled} on to every choice. */
    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        getElement().setProperty("disabled", !enabled);
    }

    private static <T> T toModel(LightRadioGroup<T> group, String key) {
        try {
            int index = key == null || key.isEmpty() ? -1 : Integer.parseInt(key);
            return index >= 0 && index < group.items.size() ? group.items.get(index) : null;
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private static <T> String toPresentation(LightRadioGroup<T> group, T chosen) {
        int index = chosen == null ? -1 : group.items.indexOf(chosen);
        return index < 0 ? "" : String.valueOf(index);
    }
}
