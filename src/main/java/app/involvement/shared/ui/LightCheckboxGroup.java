package app.involvement.shared.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A group of checkboxes for a short, fixed list of choices: the same {@code <vaadin-checkbox-group>} and
 * {@code <vaadin-checkbox>} elements, keyboard behaviour and labels as Vaadin's {@code CheckboxGroup}, but each
 * choice is a bare element instead of a server-side field component with its own label component, listeners
 * and validation (DD026: a fifth of the memory per choice). The group's {@code value} (the ticked choices'
 * positions) is the only state kept in step with the browser. Labels are shown by the web component
 * ({@code label} property), disabling the group disables every choice.
 */
@Tag("vaadin-checkbox-group")
@NpmPackage(value = "@vaadin/checkbox-group", version = "25.2.6")
@JsModule("@vaadin/checkbox-group/src/vaadin-checkbox-group.js")
@NpmPackage(value = "@vaadin/checkbox", version = "25.2.6")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
public class LightCheckboxGroup<T> extends AbstractSinglePropertyField<LightCheckboxGroup<T>, Set<T>>
        implements HasValidationProperties {

    private List<T> items = List.of();

    public LightCheckboxGroup() {
        super("value", Set.of(), ArrayNode.class, LightCheckboxGroup::toModel, LightCheckboxGroup::toPresentation);
    }

    /** The choices, in order, each labelled by {@code labels}; clears the value. */
    public void setItems(List<T> choices, ItemLabelGenerator<T> labels) {
        items = List.copyOf(choices);
        getElement().removeAllChildren();
        for (int i = 0; i < items.size(); i++) {
            var box = new Element("vaadin-checkbox");
            box.setAttribute("value", String.valueOf(i));
            box.setProperty("label", labels.apply(items.get(i)));
            getElement().appendChild(box);
        }
        clear();
    }

    public List<T> getItems() {
        return items;
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    public String getLabel() {
        return getElement().getProperty("label");
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

    @Override
    protected boolean valueEquals(Set<T> a, Set<T> b) {
        return Objects.equals(a == null ? Set.of() : a, b == null ? Set.of() : b);
    }

    private static <T> Set<T> toModel(LightCheckboxGroup<T> group, ArrayNode keys) {
        Set<T> chosen = new LinkedHashSet<>();
        if (keys != null) {
            for (JsonNode key : keys) {
                int index = parse(key.asString());
                if (index >= 0 && index < group.items.size()) {
                    chosen.add(group.items.get(index));
                }
            }
        }
        return Set.copyOf(chosen);
    }

    private static <T> ArrayNode toPresentation(LightCheckboxGroup<T> group, Set<T> chosen) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < group.items.size(); i++) {
            if (chosen != null && chosen.contains(group.items.get(i))) {
                keys.add(String.valueOf(i));
            }
        }
        ArrayNode array = JacksonUtils.createArrayNode();
        keys.forEach(array::add);
        return array;
    }

    private static int parse(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }
}
