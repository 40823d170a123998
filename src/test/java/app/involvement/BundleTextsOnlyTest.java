package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.involvement.identity.Role;
import app.involvement.shell.ui.ErrorView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every text a view or dialog shows comes from the bundles. With pseudo-localisation on, each bundle
 * text reads {@code ⟦…⟧}; every registered route is opened by every role that may open it (the table
 * of {@link RouteAccessMatrixTest}, so a new route is covered as soon as it has its entry there) and by
 * anonymous visitors where it is public, in Welsh, together with the error pages. Each button of the
 * view is pressed, and in each dialog it opens each button is pressed too (all inside a transaction
 * that is rolled back, so the demo data stays as it was). Any text on screen without the marks that
 * is not data — see {@link DemoDataTexts} — fails the test with its page, place and text.
 */
class BundleTextsOnlyTest extends ViewTestBase {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final String NOWHERE = "no-such-page-for-text-scan";

    @Autowired
    private MarkedTranslations.Provider translations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private TextScan scan;

    @BeforeEach
    void markBundleTexts() {
        app.involvement.sessions.SessionTestData.northbridgeSession(jdbc); // the session page's sample, read as data
        app.involvement.payments.RunTestData.northbridgeRun(jdbc); // the payment run page's sample, read as data
        app.involvement.payments.ClaimFixture.demoPartnersClaim(jdbc); // its rate card's "last changed by", read as data
        app.involvement.payments.RateCardFixture.northbridgeCard(jdbc);
        // evidence tables are built from the Welsh bundle before the page shows them (shared.BundleTexts, DD043)
        scan = new TextScan(DemoDataTexts.read(jdbc).or(new WelshBundleTexts()));
        translations.marking(true);
    }

    @AfterEach
    void stopMarking() {
        translations.marking(false);
    }

    @Test
    void everyPageAndDialog_forEveryRoleThatMayOpenIt_showsOnlyBundleTextsOrData() {
        Map<String, RouteData> routes = new TreeMap<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> routes.put(r.getTemplate(), r));
        assertThat(RouteAccessMatrixTest.EXPECTED.keySet()).containsAll(routes.keySet());
        int pages = 0;
        for (RouteData route : routes.values()) {
            String location = location(route.getTemplate());
            if (RouteAccessMatrixTest.PUBLIC.contains(route.getTemplate())) {
                pages += anonymously(() -> visit("anonymous", location, route.getNavigationTarget()));
            }
            for (Role role : RouteAccessMatrixTest.EXPECTED.get(route.getTemplate())) {
                pages += asReturning(RouteAccessMatrixTest.ACCOUNT.get(role),
                        () -> visit(role.name(), location, route.getNavigationTarget()));
            }
        }
        pages += anonymously(() -> visit("anonymous", NOWHERE, null));
        pages += anonymously(() -> visitFailingPage());
        pages += asReturning(DemoLogins.NB_COORDINATOR, () -> visit("COORDINATOR", NOWHERE, null));
        System.out.printf("Text scan: %d page states, %d texts read, %d from the bundles, %d not%n", pages,
                scan.checked(), scan.marked(), scan.findings().size());
        assertThat(pages).as("page states scanned").isGreaterThan(routes.size());
        assertThat(scan.marked()).as("texts from the bundles seen").isGreaterThan(routes.size() * 10);
        report(scan.findings());
    }

    /** The matrix test's address, but the partner with the most to show: consent, notes, no account yet. */
    private String location(String template) {
        if (template.startsWith("partners/:partnerId")) {
            Long id = jdbc.queryForObject("select min(p.id) from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = 'NBU' and p.consent_given_at is not null and p.user_id is null"
                    + " and p.email is not null and p.email <> ''", Long.class);
            if (id != null) {
                return "partners/" + id;
            }
        }
        return RouteAccessMatrixTest.sampleLocation(jdbc, template);
    }

    /** The page shown when building a view fails (the error page), through a route only this session knows. */
    private int visitFailingPage() {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        routes.setRoute(FailingView.ROUTE, FailingView.class);
        try {
            return visit("anonymous", FailingView.ROUTE, ErrorView.class);
        } finally {
            routes.removeRoute(FailingView.ROUTE);
        }
    }

    @AnonymousAllowed
    public static class FailingView extends Div {
        static final String ROUTE = "text-scan-failing-page";

        public FailingView() {
            throw new IllegalStateException("a page that cannot be built, to show the error page");
        }
    }

    private static void report(List<TextScan.Finding> findings) {
        if (!findings.isEmpty()) {
            fail(findings.size() + " texts on screen do not come from the bundles (page / place / text):\n"
                    + String.join("\n", findings.stream().map(TextScan.Finding::toString).toList()));
        }
    }

    private int anonymously(java.util.function.IntSupplier body) {
        SecurityContextHolder.clearContext();
        return body.getAsInt();
    }

    private int asReturning(String account, java.util.function.IntSupplier body) {
        int[] result = new int[1];
        as(account, () -> result[0] = body.getAsInt());
        return result[0];
    }

    /** Opens the page, its buttons and its dialogs' buttons; returns how many page states were scanned. */
    private int visit(String who, String location, Class<?> target) {
        long started = System.nanoTime();
        try {
            return visitRolledBack(who, location, target);
        } finally {
            System.out.printf("Text scan: %s /%s in %d ms%n", who, location, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int visitRolledBack(String who, String location, Class<?> target) {
        var transaction = new TransactionTemplate(transactionManager);
        Integer scanned = transaction.execute(status -> {
            status.setRollbackOnly();
            String where = who + " → /" + location;
            if (!open(location, target)) {
                return 0;
            }
            scanUi(where);
            int states = 1;
            List<String> pressed = new ArrayList<>();
            int count = viewButtons().size();
            for (int i = 0; i < count; i++) {
                states += pressAndScan(where, location, target, i, pressed);
            }
            return states;
        });
        return scanned == null ? 0 : scanned;
    }

    /** Presses the view's button number {@code index}, then each button of the dialog it opens, if any. */
    private int pressAndScan(String where, String location, Class<?> target, int index, List<String> pressed) {
        closeOverlays();
        if (!(target == null || target.isInstance(getCurrentView())) && !open(location, target)) {
            return 0;
        }
        List<Button> buttons = viewButtons();
        if (index >= buttons.size()) {
            return 0;
        }
        String label = buttons.get(index).getText();
        if (pressed.contains(label) || endsSession(label) || !press(buttons.get(index))) {
            return 0;
        }
        pressed.add(label);
        String after = where + " → " + label;
        scanUi(after);
        int states = 1 + confirm(after);
        int inDialog = dialogButtons().size();
        for (int j = 0; j < inDialog; j++) {
            closeOverlays();
            List<Button> again = viewButtons();
            if (index >= again.size() || !press(again.get(index)) || j >= dialogButtons().size()) {
                continue;
            }
            Button button = dialogButtons().get(j);
            String dialogLabel = button.getText();
            if (!endsSession(dialogLabel) && press(button)) {
                scanUi(after + " → " + dialogLabel);
                states += 1 + confirm(after + " → " + dialogLabel);
            }
        }
        return states;
    }

    private int confirm(String where) {
        int states = 0;
        for (ConfirmDialog confirm : find(ConfirmDialog.class).all()) {
            if (confirm.isOpened()) {
                test(confirm).confirm();
                scanUi(where + " → confirm");
                states++;
            }
        }
        return states;
    }

    private boolean open(String location, Class<?> target) {
        closeOverlays();
        UI ui = UI.getCurrent();
        ui.setLocale(WELSH);
        // leave first, so the page is built afresh rather than kept from the last visit
        ui.navigate(NOWHERE.equals(location) ? "forgot-password" : NOWHERE);
        ui.navigate(location);
        return target == null || target.isInstance(getCurrentView());
    }

    private void closeOverlays() {
        UI.getCurrent().getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).forEach(Dialog::close);
        UI.getCurrent().getChildren().filter(ConfirmDialog.class::isInstance).map(ConfirmDialog.class::cast)
                .forEach(ConfirmDialog::close);
    }

    private void scanUi(String where) {
        scan.scan(where, UI.getCurrent());
        scan.check(where, "page title", UI.getCurrent().getInternals().getTitle());
    }

    private boolean endsSession(String label) {
        return label.equals(UI.getCurrent().getTranslation("menu.logout"));
    }

    private boolean press(Button button) {
        try {
            test(button).click();
            return true;
        } catch (IllegalStateException | IllegalArgumentException notUsable) {
            return false;
        }
    }

    private List<Dialog> openDialogs() {
        return UI.getCurrent().getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast)
                .filter(Dialog::isOpened).toList();
    }

    private List<Button> viewButtons() {
        return buttons((Component) getCurrentView());
    }

    private List<Button> dialogButtons() {
        return openDialogs().stream().flatMap(d -> buttons(d).stream()).toList();
    }

    /** Buttons in the component, the first row of each grid included. */
    private static List<Button> buttons(Component root) {
        List<Button> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Component component, List<Button> found) {
        if (component.getElement().isTextNode() || !component.isVisible()) {
            return;
        }
        if (component instanceof Button button) {
            found.add(button);
        }
        if (component instanceof Grid<?> grid) {
            // cells come from the renderer afresh each time; the grid's own children are earlier copies
            firstRow(grid).forEach(cell -> collect(cell, found));
        } else {
            component.getChildren().forEach(child -> collect(child, found));
        }
    }

    private static <T> Stream<Component> firstRow(Grid<T> grid) {
        var tester = new GridTester<Grid<T>, T>(grid);
        List<Component> cells = new ArrayList<>();
        try {
            if (tester.size() == 0) {
                return Stream.empty();
            }
            for (int c = 0; c < grid.getColumns().size(); c++) {
                try {
                    cells.add(tester.getCellComponent(0, c));
                } catch (RuntimeException notAComponent) {
                    // a text cell
                }
            }
        } catch (RuntimeException notUsable) {
            return Stream.empty();
        }
        return cells.stream();
    }

}
