package app.involvement;

import static app.involvement.MarkedTranslations.CLOSE;
import static app.involvement.MarkedTranslations.OPEN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Walks everything a person can read in a rendered UI — text nodes, labels, placeholders, helper and
 * error texts, titles, ARIA labels, dialog headers, notification texts, grid headers and cells, the
 * item labels of selects and groups, {@code Html} contents and component i18n objects — and reports
 * each text that neither came from the bundles whole (marked by {@link MarkedTranslations}) nor is data.
 * A bundle text glued to anything else — data, punctuation or another bundle text, as in
 * {@code label + ": " + value} — is reported too: the sentence belongs in one key with placeholders, so a
 * translation can change the word order. Only a list of bundle texts joined by "; " passes as it is.
 */
public final class TextScan {

    /** Properties and attributes whose values are shown or read out to people. */
    private static final Set<String> VISIBLE = Set.of("label", "placeholder", "helperText", "errorMessage", "title",
            "headerTitle", "header", "text", "message", "confirmText", "cancelText", "rejectText", "accessibleName",
            "ariaLabel", "aria-label", "aria-description", "alt", "i18n", "innerHTML", "summary");
    private static final int GRID_ROWS = 3;
    private static final int ITEMS = 40;

    public record Finding(String where, String path, String text) {
        @Override
        public String toString() {
            return where + " / " + path + " / \"" + text + "\"";
        }
    }

    private final Predicate<String> isData;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private int checked;
    private int marked;

    public TextScan(Predicate<String> isData) {
        this.isData = isData;
    }

    /** How many texts were read, and how many of them came from the bundles: proof the scan saw the pages. */
    public int checked() {
        return checked;
    }

    public int marked() {
        return marked;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Scans the component and everything in it; {@code where} names the page and person in the report. */
    public void scan(String where, Component root) {
        walk(where, root.getElement(), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void walk(String where, Element element, Set<Element> visited) {
        if (!visited.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            check(where, element, element.getText());
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        element.getPropertyNames().filter(VISIBLE::contains)
                .forEach(name -> checkValue(where, element, name, element.getPropertyRaw(name)));
        element.getAttributeNames().filter(VISIBLE::contains)
                .forEach(name -> check(where, element, element.getAttribute(name)));
        defaultTexts(where, element);
        element.getComponent().ifPresent(component -> {
            if (component instanceof Grid<?> grid) {
                gridTexts(where, grid, visited);
            }
            itemLabels(where, component);
            component.getChildren().forEach(child -> walk(where, child.getElement(), visited));
        });
        children(element).forEach(child -> walk(where, child, visited));
    }

    /** A confirm dialog shows Vaadin's English "Confirm", "Cancel" or "Reject" unless the view sets them. */
    private void defaultTexts(String where, Element element) {
        if ("vaadin-confirm-dialog".equals(element.getTag())) {
            String[][] buttons = {{"confirmText", null}, {"cancelText", "cancelButtonVisible"},
                    {"rejectText", "rejectButtonVisible"}};
            for (String[] button : buttons) {
                boolean shown = button[1] == null || element.getProperty(button[1], false);
                if (shown && !element.hasProperty(button[0])) {
                    check(where, element, "default " + button[0] + ": ", "(Vaadin's English text)");
                }
            }
        }
    }

    private static Stream<Element> children(Element element) {
        List<Element> virtual = new ArrayList<>();
        element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(list -> list.forEachChild(node -> virtual.add(Element.get(node))));
        return Stream.concat(element.getChildren(), virtual.stream());
    }

    private void checkValue(String where, Element element, String name, Object value) {
        if (value instanceof JsonNode json) {
            jsonTexts(json).forEach(text -> check(where, element, text));
        } else if (value instanceof String html && "innerHTML".equals(name)) {
            Jsoup.parse(html).body().select("*").forEach(e -> e.textNodes()
                    .forEach(node -> check(where, element, node.text())));
        } else if (value instanceof String text) {
            check(where, element, text);
        }
    }

    private static List<String> jsonTexts(JsonNode json) {
        List<String> texts = new ArrayList<>();
        if (json.isString()) {
            texts.add(json.asString());
        }
        json.forEach(child -> texts.addAll(jsonTexts(child)));
        return texts;
    }

    private <T> void gridTexts(String where, Grid<T> grid, Set<Element> visited) {
        var tester = new GridTester<Grid<T>, T>(grid);
        int columns = grid.getColumns().size();
        int rows = Math.min(GRID_ROWS, safeSize(tester));
        for (int c = 0; c < columns; c++) {
            if (!grid.getColumns().get(c).isVisible()) {
                continue;
            }
            try {
                check(where, grid.getElement(), "header: " , tester.getHeaderCell(c));
            } catch (RuntimeException noHeader) {
                // a column without a header shows nothing
            }
            for (int r = 0; r < rows; r++) {
                try {
                    Component cell = tester.getCellComponent(r, c);
                    walk(where, cell.getElement(), visited);
                } catch (RuntimeException notAComponent) {
                    try {
                        check(where, grid.getElement(), "cell: ", tester.getCellText(r, c));
                    } catch (RuntimeException noText) {
                        // a renderer this tester cannot read
                    }
                }
            }
        }
    }

    private static int safeSize(GridTester<?, ?> tester) {
        try {
            return tester.size();
        } catch (RuntimeException notUsable) {
            return 0;
        }
    }

    /** Items of combo boxes, selects and groups are shown through their item label generator. */
    private void itemLabels(String where, Component component) {
        try {
            Method generator = component.getClass().getMethod("getItemLabelGenerator");
            Method dataView = component.getClass().getMethod("getGenericDataView");
            Object labels = generator.invoke(component);
            Object view = dataView.invoke(component);
            if (!(labels instanceof com.vaadin.flow.component.ItemLabelGenerator<?>)) {
                return;
            }
            @SuppressWarnings("unchecked")
            var label = (com.vaadin.flow.component.ItemLabelGenerator<Object>) labels;
            @SuppressWarnings("unchecked")
            Stream<Object> items = (Stream<Object>) view.getClass().getMethod("getItems").invoke(view);
            items.limit(ITEMS).forEach(item -> check(where, component.getElement(), "item: ", label.apply(item)));
        } catch (ReflectiveOperationException | RuntimeException notAListOfItems) {
            // no item labels to read
        }
    }

    private void check(String where, Element element, String text) {
        check(where, element, "", text);
    }

    private void check(String where, Element element, String kind, String text) {
        if (text == null) {
            return;
        }
        String shown = text.replaceAll("\\s+", " ").strip();
        if (shown.isEmpty()) {
            return;
        }
        checked++;
        if (shown.contains(OPEN)) {
            marked++;
        }
        if (acceptable(shown)) {
            return;
        }
        String path = path(element);
        if (seen.add(path + "|" + kind + shown)) {
            findings.add(new Finding(where, path, kind + shown));
        }
    }

    private boolean acceptable(String text) {
        if (text.contains(OPEN + "!") || text.contains(OPEN + "!!")) {
            return false;
        }
        if (!text.contains(OPEN)) {
            return isData.test(text);
        }
        return oneMark(text) || topLevelParts(text).stream().allMatch(TextScan::oneMark);
    }

    /** The text split at each "; " that lies outside every marked part. */
    private static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith(OPEN, i)) {
                depth++;
            } else if (text.startsWith(CLOSE, i)) {
                depth--;
            } else if (depth == 0 && text.startsWith("; ", i)) {
                parts.add(text.substring(start, i));
                start = i + 2;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The whole text is one marked bundle text, whatever its placeholders hold. */
    static boolean oneMark(String text) {
        if (!text.startsWith(OPEN) || !text.endsWith(CLOSE)) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith(OPEN, i)) {
                depth++;
            } else if (text.startsWith(CLOSE, i)) {
                depth--;
                if (depth == 0 && i < text.length() - CLOSE.length()) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Checks a text shown outside the component tree, such as the page title. */
    public void check(String where, String place, String text) {
        if (text != null && !text.isBlank()) {
            String shown = text.replaceAll("\\s+", " ").strip();
            checked++;
            if (shown.contains(OPEN)) {
                marked++;
            }
            if (!acceptable(shown) && seen.add(place + "|" + shown)) {
                findings.add(new Finding(where, place, shown));
            }
        }
    }

    private static String path(Element element) {
        List<String> names = new ArrayList<>();
        for (Element e = element; e != null && names.size() < 5; e = e.getParent()) {
            if (e.isTextNode()) {
                continue;
            }
            names.addFirst(e.getComponent().map(c -> c.getClass().getSimpleName()).filter(n -> !n.isEmpty())
                    .orElse(e.getTag()));
        }
        return String.join(" > ", names);
    }
}
