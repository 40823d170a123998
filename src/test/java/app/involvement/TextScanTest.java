package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scan behind {@link BundleTextsOnlyTest} finds hard-coded and glued texts, and lets data through. */
class TextScanTest extends ViewTestBase {

    @Autowired
    private MarkedTranslations.Provider translations;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void markBundleTexts() {
        translations.marking(true);
    }

    @AfterEach
    void stopMarking() {
        translations.marking(false);
    }

    @Test
    void bundleTextsAndData_pass() {
        UI ui = UI.getCurrent();
        String provider = jdbc.queryForObject("select name from provider where short_code = 'NBU'", String.class);
        var field = new TextField(ui.getTranslation("pool.field.email"));
        field.setHelperText(ui.getTranslation("app.name"));
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setHeader(ui.getTranslation("app.name"));
        grid.setItems(List.of(provider, "sam.taylor@example.org", "26/11/2026", "26 Tachwedd 2026", "01632 960001"));
        var page = new Div(new Div(new Span(ui.getTranslation("app.name")), new Span(provider), new Span("42"),
                new Span(ui.getTranslation("layout.context", "Sam Taylor", provider, ui.getTranslation("role.LEAD")))),
                field, grid);
        ui.add(page);

        var scan = scan(page);

        assertThat(scan.findings()).isEmpty();
        assertThat(scan.marked()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void hardCodedTexts_areReportedWithTheirPlace() {
        UI ui = UI.getCurrent();
        var field = new TextField("Postcode");
        field.setPlaceholder("e.g. AB1 2CD please");
        var select = new Select<String>();
        select.setLabel(ui.getTranslation("app.name"));
        select.setItems("Yes", "No");
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setHeader("Name");
        grid.setItems("Active");
        var save = new Button("Save");
        save.setAriaLabel("Save the form");
        var page = new Div(new Div(new Span("Nothing here yet")), field, select, grid, save);
        ui.add(page);
        var notice = Notification.show("Saved");
        var scan = scan(page);
        scan.scan("test", notice);

        var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        confirm.setHeader(ui.getTranslation("app.name"));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("app.name"));
        scan.scan("test", confirm);

        var texts = scan.findings().stream().map(f -> f.text().replaceFirst("^(item|header|cell): ", "")).toList();

        assertThat(texts).contains("Nothing here yet", "Postcode", "e.g. AB1 2CD please", "Yes", "No", "Name",
                "Active", "Save", "Save the form", "Saved", "default confirmText: (Vaadin's English text)")
                .doesNotContain("default cancelText: (Vaadin's English text)");
    }

    @Test
    void aBundleTextGluedToOtherWords_isReported() {
        UI ui = UI.getCurrent();
        var page = new Div(new Span(ui.getTranslation("app.name") + ": Sam Taylor"),
                new Span(ui.getTranslation("app.name") + " (" + ui.getTranslation("role.LEAD") + ")"),
                new Span(ui.getTranslation("layout.context", "Sam Taylor", "Northbridge", ui.getTranslation("role.LEAD"))));
        ui.add(page);

        var texts = scan(page).findings().stream().map(TextScan.Finding::text).toList();

        assertThat(texts).containsExactlyInAnyOrder("⟦Involvement Portal⟧: Sam Taylor",
                "⟦Involvement Portal⟧ (⟦Involvement lead⟧)");
    }

    private TextScan scan(com.vaadin.flow.component.Component root) {
        var scan = new TextScan(DemoDataTexts.read(jdbc));
        scan.scan("test", root);
        return scan;
    }
}
