package app.involvement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.2 AA success criteria that axe-core cannot check, on the partner pages and a staff page:
 * reflow at 320 CSS px (1.4.10), text spacing (1.4.12), focus visible and not hidden under the header
 * (2.4.7, 2.4.11), target size (2.5.8) and no keyboard trap in dialogs (2.1.2).
 */
class WcagBeyondAxeBrowserIT extends BrowserTestBase {

    static final Dimension NARROW = new Dimension(320, 640);

    /** The WCAG text-spacing bookmarklet's values (1.4.12). */
    static final String TEXT_SPACING = """
            * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
            p { margin-bottom: 2em !important; }
            """;

    /** 1.4.10: at 320 CSS px nothing needs sideways scrolling. */
    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "partner@northbridge.example,     ''",
            "partner@northbridge.example,     my-profile",
            "carer@northbridge.example,       my-availability",
            "coordinator@northbridge.example, who-is-free",
            "partner@northbridge.example,     accessibility",
            "partner@northbridge.example,     my-support",
    })
    void reflowsAt320Pixels(String email, String path) {
        openAs(email, path, NARROW);
        Map<String, Object> size = (Map<String, Object>) js().executeScript("""
                const s = document.scrollingElement;
                return {scroll: s.scrollWidth, client: s.clientWidth};
                """);
        if (((Number) size.get("scroll")).intValue() > ((Number) size.get("client")).intValue()) {
            screenshot("reflow-" + path);
        }
        assertThat(((Number) size.get("scroll")).intValue()).as("scroll width of %s at 320 px (client width %s)", path,
                size.get("client")).isLessThanOrEqualTo(((Number) size.get("client")).intValue());
    }

    /** 1.4.12: with the bookmarklet's spacing no text is cut off by a box that hides its overflow. */
    @ParameterizedTest(name = "{1} as {0} at {2}")
    @CsvSource({
            "partner@northbridge.example,     '',              desktop",
            "partner@northbridge.example,     my-profile,      desktop",
            "partner@northbridge.example,     my-profile,      phone",
            "carer@northbridge.example,       my-availability, desktop",
            "carer@northbridge.example,       my-availability, phone",
            "coordinator@northbridge.example, who-is-free,     desktop",
            "partner@northbridge.example,     my-support,      phone",
    })
    void textSpacingCutsNothingOff(String email, String path, String width) {
        openAs(email, path, width.equals("phone") ? PHONE : DESKTOP);
        js().executeScript("""
                const style = document.createElement('style');
                style.textContent = arguments[0];
                document.head.appendChild(style);
                """, TEXT_SPACING);
        waitForVaadin();
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) js().executeScript("""
                const hasText = el => [...el.childNodes].some(n =>
                        (n.nodeType === 3 && n.textContent.trim())
                        || (n.localName === 'slot' && n.assignedNodes({flatten: true}).some(a => a.textContent.trim())));
                const all = [];
                const walk = root => root.querySelectorAll('*').forEach(el => {
                    all.push(el);
                    if (el.shadowRoot) walk(el.shadowRoot);
                });
                walk(document);
                return all.filter(el => {
                    if (!hasText(el) || !el.getClientRects().length) return false;
                    const s = getComputedStyle(el);
                    if (s.visibility === 'hidden') return false;
                    const hidesY = ['hidden', 'clip'].includes(s.overflowY);
                    const hidesX = ['hidden', 'clip'].includes(s.overflowX);
                    return (hidesY && el.scrollHeight > el.clientHeight + 1) || (hidesX && el.scrollWidth > el.clientWidth + 1);
                }).map(el => {
                    const host = el.getRootNode().host;
                    return (host ? host.localName + '::' : '') + el.localName
                        + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '')
                        + ' "' + (el.textContent.trim() || (host && host.textContent.trim()) || '').substring(0, 40) + '"'
                        + ' ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight;
                });
                """);
        if (!clipped.isEmpty()) {
            screenshot("text-spacing-" + path + "-" + width);
        }
        assertThat(clipped).as("text cut off on %s with WCAG text spacing", path).isEmpty();
    }

    /**
     * 2.4.7 and 2.4.11: every Tab stop shows a focus indicator (its outline, shadow, border or background
     * differs from when it is not focused) and its centre is not covered, e.g. by the sticky header.
     */
    @ParameterizedTest(name = "{1} as {0} at {2}")
    @CsvSource({
            "partner@northbridge.example,     '',              desktop",
            "partner@northbridge.example,     my-profile,      desktop",
            "partner@northbridge.example,     my-profile,      phone",
            "carer@northbridge.example,       my-availability, desktop",
            "carer@northbridge.example,       my-availability, phone",
            "coordinator@northbridge.example, who-is-free,     desktop",
            "partner@northbridge.example,     my-support,      phone",
    })
    void focusIsVisibleAndNotHidden(String email, String path, String width) {
        openAs(email, path, width.equals("phone") ? PHONE : DESKTOP);
        js().executeScript(FOCUS_HELPERS);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String first = null;
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> step = (Map<String, Object>) js().executeScript("return window.__focusStep();");
            String id = (String) step.get("id");
            if (id == null || id.equals(first)) {
                break;
            }
            if (first == null) {
                first = id;
            }
            seen.add(id);
            if (step.get("problem") != null) {
                problems.add((String) step.get("problem"));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> invisible = (List<String>) js().executeScript("return window.__focusInvisible();");
        problems.addAll(invisible);
        if (!problems.isEmpty()) {
            screenshot("focus-" + path + "-" + width);
        }
        assertThat(seen).as("Tab stops on %s", path).hasSizeGreaterThan(3);
        assertThat(problems).as("focus problems on %s", path).isEmpty();
    }

    /** 2.5.8: controls on partner pages are at least 24 by 24 CSS px, or far enough from each other. */
    @ParameterizedTest(name = "{1} as {0} at {2}")
    @CsvSource({
            "partner@northbridge.example,     '',              phone",
            "partner@northbridge.example,     my-profile,      phone",
            "partner@northbridge.example,     my-profile,      desktop",
            "carer@northbridge.example,       my-availability, phone",
            "carer@northbridge.example,       my-availability, desktop",
            "partner@northbridge.example,     my-support,      phone",
            "partner@northbridge.example,     my-support,      desktop",
    })
    void targetsAreBigEnough(String email, String path, String width) {
        openAs(email, path, width.equals("phone") ? PHONE : DESKTOP);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) js().executeScript("""
                const selector = 'a[href], button, input:not([type=hidden]), select, textarea, vaadin-button, vaadin-checkbox,'
                    + ' vaadin-radio-button, vaadin-drawer-toggle, vaadin-side-nav-item, vaadin-details-summary';
                const targets = [];
                const collect = root => root.querySelectorAll(selector).forEach(el => targets.push(el));
                collect(document);
                document.querySelectorAll('vaadin-date-picker, vaadin-text-field, vaadin-email-field, vaadin-text-area')
                    .forEach(f => f.shadowRoot && f.shadowRoot.querySelectorAll('[part~="toggle-button"], [part~="clear-button"]')
                    .forEach(b => targets.push(b)));
                const inSentence = el => el.localName === 'a' && el.closest('p, li')
                    && el.closest('p, li').textContent.trim() !== el.textContent.trim();
                const boxes = targets.filter(el => !inSentence(el))
                    .filter(el => !(el.localName === 'input' && el.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field,'
                        + ' vaadin-email-field, vaadin-text-area, vaadin-date-picker, vaadin-password-field')))
                    .map(el => ({el, r: el.getBoundingClientRect()}))
                    .filter(t => t.r.width > 0 && t.r.height > 0 && getComputedStyle(t.el).visibility !== 'hidden');
                const centre = r => ({x: r.left + r.width / 2, y: r.top + r.height / 2});
                const distToRect = (p, r) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
                const undersized = boxes.filter(t => t.r.width < 24 - 0.01 || t.r.height < 24 - 0.01);
                return undersized.filter(t => {
                    const c = centre(t.r);
                    return boxes.some(o => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el)
                        && (distToRect(c, o.r) < 12
                            || (undersized.includes(o) && Math.hypot(c.x - centre(o.r).x, c.y - centre(o.r).y) < 24)));
                }).map(t => {
                    const host = t.el.getRootNode().host;
                    return (host ? host.localName + '::' : '') + t.el.localName + ' "' + t.el.textContent.trim().substring(0, 30)
                        + '" ' + Math.round(t.r.width) + 'x' + Math.round(t.r.height);
                });
                """);
        if (!small.isEmpty()) {
            screenshot("targets-" + path + "-" + width);
        }
        assertThat(small).as("targets under 24 x 24 px too close to another on %s", path).isEmpty();
    }

    /**
     * 2.1.2: in a dialog Tab moves between its controls (focus never sticks to one and never leaves
     * it), Escape closes it, and focus goes back to the button that opened it.
     */
    @Test
    void dialogKeepsNoKeyboardTrap() {
        openAs("coordinator@northbridge.example", "partners", DESKTOP);
        waitForGridRows();
        WebElement opener = buttonWithText("vaadin-button", t("pool.invitations"));
        opener.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript(IN_DIALOG)));
        waitForVaadin();
        Set<String> stops = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(js().executeScript(IN_DIALOG)).as("focus after %d Tabs is in the dialog", i + 1).isEqualTo(true);
            stops.add(String.valueOf(js().executeScript("return window.__deepActive().outerHTML.substring(0, 120);")));
        }
        assertThat(stops).as("Tab moves between the dialog's controls").hasSizeGreaterThan(1);

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]');")));
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js().executeScript(
                "let a = document.activeElement; return a === arguments[0] || arguments[0].contains(a);", opener)));
    }

    private void openAs(String email, String path, Dimension size) {
        driver.manage().window().setSize(size);
        loginAs(email);
        open(path);
        pageHeading();
        waitForGridRows();
    }

    private static final String IN_DIALOG = """
            window.__deepActive = () => { let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };
            let n = window.__deepActive();
            while (n) {
                if (/^vaadin-(confirm-)?dialog(-overlay)?$/.test(n.localName)) return true;
                n = n.parentNode || n.host;
                if (n && n.nodeType === 11) n = n.host;
            }
            return false;
            """;

    /**
     * Page-side helpers: each Tab records the focused control's look while focused, and its look again
     * once focus has moved on; a control that looks the same both times has no visible focus indicator.
     */
    private static final String FOCUS_HELPERS = """
            const deepActive = () => { let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };
            const topHost = el => { while (el && el.getRootNode() !== document && el.getRootNode().host) el = el.getRootNode().host;
                return el; };
            const FIELDS = 'vaadin-select, vaadin-combo-box, vaadin-date-picker, vaadin-text-field, vaadin-email-field,'
                + ' vaadin-text-area, vaadin-password-field, vaadin-checkbox, vaadin-radio-button';
            const component = el => { const top = topHost(el);
                const field = top.closest(FIELDS);
                if (field) return field;
                let n = top;
                for (let i = 0; n && i < 3; i++) { if (n.localName && n.localName.includes('-')) return n; n = n.parentElement; }
                return top; };
            const parts = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e); if (e.shadowRoot) parts(e.shadowRoot, out); });
                return out; };
            const look = c => { const els = [c, ...parts(c, []), ...(c.shadowRoot ? parts(c.shadowRoot, []) : [])];
                const style = s => [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor,
                        s.borderBottomColor, s.backgroundColor, s.textDecorationLine, s.content].join('|');
                return els.map(e => [getComputedStyle(e), getComputedStyle(e, '::before'), getComputedStyle(e, '::after')]
                        .map(style).join('/')).join(';'); };
            const name = c => c.localName + (c.id ? '#' + c.id : '') + ' "' + (c.getAttribute('aria-label') || c.textContent || '')
                    .trim().replace(/\\s+/g, ' ').substring(0, 40) + '"';
            window.__focusSeen = [];
            window.__focusIds = new Map();
            window.__focusStep = () => {
                const prev = window.__focusSeen[window.__focusSeen.length - 1];
                if (prev && prev.after === undefined) prev.after = look(prev.c);
                const a = deepActive();
                if (!a || a === document.body) return {id: null};
                const c = component(a);
                if (!window.__focusIds.has(c)) window.__focusIds.set(c, 'f' + window.__focusIds.size);
                window.__focusSeen.push({c, focused: look(c)});
                const r = c.getBoundingClientRect();
                let problem = null;
                if (r.width > 0 && r.height > 0) {
                    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
                    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
                    const hit = document.elementFromPoint(x, y);
                    if (!hit || !(c === hit || c.contains(hit) || hit.contains(c))) {
                        problem = 'hidden: ' + name(c) + ' is covered by ' + (hit ? name(hit) : 'nothing');
                    }
                }
                return {id: window.__focusIds.get(c), problem};
            };
            window.__focusInvisible = () => {
                const last = window.__focusSeen[window.__focusSeen.length - 1];
                if (last && last.after === undefined) { const a = deepActive(); if (a) a.blur(); last.after = look(last.c); }
                return window.__focusSeen.filter(e => e.after !== undefined && e.focused === e.after)
                    .map(e => 'no visible focus: ' + name(e.c));
            };
            """;

}
