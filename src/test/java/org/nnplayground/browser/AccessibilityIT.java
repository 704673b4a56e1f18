package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page for every reader: axe-core's checks, the keyboard alone, text alternatives, reduced motion. */
class AccessibilityIT extends PlaygroundTest {

    /**
     * Runs axe-core on the page as it is now; prints every violation it finds (any impact) and
     * returns the serious and critical ones, described for a failure message.
     */
    private List<String> axeSeriousViolations(String where) {
        AxeResults results = new AxeBuilder(page()).analyze();
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder s = new StringBuilder(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                s.append("\n    ").append(node.getTarget()).append(' ').append(node.getHtml())
                        .append("\n      ").append(node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      "));
            }
            System.out.println("axe on " + where + ": " + s);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(s.toString());
            }
        }
        List<String> review = new ArrayList<>();
        for (Rule rule : results.getIncomplete()) {
            review.add(rule.getId() + " x" + rule.getNodes().size());
            for (CheckedNode node : rule.getNodes()) {
                System.out.println("axe on " + where + ", to review: " + rule.getId() + " " + node.getTarget() + " "
                        + (node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ")));
            }
        }
        System.out.println("axe on " + where + ": " + results.getViolations().size() + " violations, "
                + serious.size() + " serious or critical; " + results.getPasses().size() + " rules passed;"
                + " left for a person to review: " + review);
        return serious;
    }

    private static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), "serious or critical axe violations:\n" + String.join("\n", violations));
    }

    @Test
    void axeFindsNothingSeriousOnTheMainPage() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(3);
        p.pause();
        List<String> all = new ArrayList<>(axeSeriousViolations("index.html"));
        // With a message, the tooltip and the weight editor showing.
        p.type("Stop at epoch", "lots");
        assertThat(p.notice()).isVisible();
        page().locator(GRAPH).focus();
        page().keyboard().press("ArrowRight");
        page().keyboard().press("ArrowDown");
        assertThat(p.tooltip()).isVisible();
        all.addAll(axeSeriousViolations("index.html, a message and the tooltip"));
        page().keyboard().press("Enter");
        assertThat(p.weightEditor()).isVisible();
        all.addAll(axeSeriousViolations("index.html, the weight editor"));
        // Multiclass, and a diverged run with its alert.
        page().keyboard().press("Escape");
        p.choose("Problem", "Multiclass classification");
        p.stepEpochs(2);
        all.addAll(axeSeriousViolations("index.html, multiclass"));
        p.choose("Problem", "Regression, 1-D (curve)");
        p.choose("Learning rate", "10");
        p.play();
        assertThat(p.alert()).isVisible();
        all.addAll(axeSeriousViolations("index.html, diverged"));
        assertNone(all);
    }

    @Test
    void axeFindsNothingSeriousOnAPhone() {
        useContext(new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(3);
        p.pause();
        assertNone(axeSeriousViolations("index.html at 360 px"));
    }

    @Test
    void axeFindsNothingSeriousWithALessonOpen() {
        open("/#preset=article");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        // The lesson walks to its divergence a step every ten frames (about 24 steps).
        assertThat(page().locator(".nnp-alert")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        List<String> all = new ArrayList<>(axeSeriousViolations("index.html#preset=article"));
        open("/?lesson=2#preset=one-node");
        p.waitForEpoch(2);
        all.addAll(axeSeriousViolations("index.html#preset=one-node"));
        open("/?lesson=3#preset=learning-rate");
        p.waitForEpoch(2);
        all.addAll(axeSeriousViolations("index.html#preset=learning-rate"));
        open("/?lesson=4#preset=skip");
        p.waitForEpoch(2);
        all.addAll(axeSeriousViolations("index.html#preset=skip"));
        assertNone(all);
    }

    @Test
    void axeFindsNothingSeriousOnTheEmbedPage() {
        // axe-core applies inline styles of its own while it inspects frames and shadow roots, which
        // the pages' Content-Security-Policy refuses; SecurityIT checks the policy itself.
        useContext(new Browser.NewContextOptions().setBypassCSP(true));
        open("/embed.html#preset=xor");
        new PlaygroundPageObject(page()).waitForEpoch(2);
        List<String> all = new ArrayList<>(axeSeriousViolations("embed.html"));
        navigate("/example-post.html");
        page().waitForFunction("() => [...document.querySelectorAll('nn-playground')].some(e => e.shadowRoot"
                + " && e.shadowRoot.querySelector('.nnp-epoch'))");
        all.addAll(axeSeriousViolations("example-post.html"));
        assertNone(all);
    }

    /**
     * The same checks in the dark colour scheme (the tests above run in the light one, Playwright's
     * default): the page with a message, the tooltip, the weight editor and a diverged run's alert,
     * a lesson with its inspector and landscape, embed.html and the example post's elements.
     */
    @Test
    void axeFindsNothingSeriousInTheDarkScheme() {
        useContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK).setBypassCSP(true));
        PlaygroundPageObject p = openPlayground("wasm");
        assertThat(page().locator("html")).hasAttribute("data-theme", "dark");
        p.waitForEpoch(3);
        p.pause();
        List<String> all = new ArrayList<>(axeSeriousViolations("index.html, dark"));
        p.type("Stop at epoch", "lots");
        assertThat(p.notice()).isVisible();
        page().locator(GRAPH).focus();
        page().keyboard().press("ArrowRight");
        page().keyboard().press("ArrowDown");
        assertThat(p.tooltip()).isVisible();
        page().keyboard().press("Enter");
        assertThat(p.weightEditor()).isVisible();
        all.addAll(axeSeriousViolations("index.html, dark, a message, the tooltip and the weight editor"));
        page().keyboard().press("Escape");
        p.choose("Problem", "Regression, 1-D (curve)");
        p.choose("Learning rate", "10");
        p.play();
        assertThat(p.alert()).isVisible();
        all.addAll(axeSeriousViolations("index.html, dark, diverged"));
        open("/?lesson=1#preset=one-node");
        assertThat(page().locator(".nnp-inspector-text")).isVisible();
        p.settle();
        all.addAll(axeSeriousViolations("index.html#preset=one-node, dark"));
        open("/embed.html#preset=xor");
        p.waitForEpoch(2);
        all.addAll(axeSeriousViolations("embed.html, dark"));
        navigate("/example-post.html");
        page().waitForFunction("() => [...document.querySelectorAll('nn-playground')].some(e => e.shadowRoot"
                + " && e.shadowRoot.querySelector('.nnp-epoch'))");
        all.addAll(axeSeriousViolations("example-post.html, dark"));
        assertNone(all);
    }

    // ---- keyboard ------------------------------------------------------------------------------

    private static java.nio.file.Path screenshotDir() {
        java.nio.file.Path target = siteDir().getParent();
        return (target == null ? java.nio.file.Path.of("target") : target).resolve("screenshots");
    }

    private static final String NUMBER = "-?[0-9.]+(e-?[0-9]+)?";

    private Locator graphAnnouncer() {
        return page().locator(".nnp-graph-focus");
    }

    /** Presses Tab until the element matching {@code selector} has the focus; fails after {@code limit} presses. */
    private int tabTo(String selector, int limit) {
        for (int i = 1; i <= limit; i++) {
            page().keyboard().press("Tab");
            if (Boolean.TRUE.equals(page().evaluate("sel => document.activeElement === document.querySelector(sel)", selector))) {
                return i;
            }
        }
        throw new AssertionError("Tab did not reach " + selector + " in " + limit + " presses");
    }

    @Test
    void aWeightAndABiasAreEditedWithTheKeyboardAlone() {
        PlaygroundPageObject p = openPaused("wasm");
        p.stepEpochs(3);
        page().locator("h1").click(); // start from the top of the page, as a keyboard user would
        tabTo(GRAPH, 80);
        assertThat(page().locator(GRAPH)).isFocused();
        assertEquals("application", page().locator(GRAPH).getAttribute("role"));
        assertThat(graphAnnouncer()).hasText(Pattern.compile("^x\u2081: mean value " + NUMBER + "\\.$"));
        assertThat(p.tooltip()).isVisible(); // the focus mark is visible: the tooltip beside it ...
        String marked = p.pixelHash(GRAPH);

        page().keyboard().press("ArrowRight");
        assertThat(graphAnnouncer()).hasText(Pattern.compile("^Neuron 1 of layer 1: mean output " + NUMBER + "\\.$"));
        p.waitForRedraw(GRAPH, marked); // ... and the mark drawn around the element, which moved
        page().keyboard().press("ArrowDown");
        assertThat(graphAnnouncer()).hasText(Pattern.compile("^Bias " + NUMBER + " of neuron 1 of layer 1\\. Press Enter to edit\\.$"));
        page().keyboard().press("ArrowDown");
        assertThat(graphAnnouncer()).hasText(Pattern.compile("^Weight " + NUMBER + " from x\u2081 to neuron 1 of layer 1\\. Press Enter to edit\\.$"));
        page().locator(".nnp-network").screenshot(new Locator.ScreenshotOptions().setPath(screenshotDir().resolve("keyboard-graph.png")));
        assertThat(p.tooltip()).hasText(Pattern.compile("^Weight " + NUMBER + " from x\u2081 to neuron 1 of layer 1 \\(Enter to edit\\)$"));
        assertThat(p.epochCounter()).hasText("Epoch 3"); // the arrow keys move the mark, they do not train

        // Enter opens the editor the pointer opens, with the value selected; typing replaces it.
        String output = p.pixelHash(OUTPUT);
        page().keyboard().press("Enter");
        assertThat(p.weightEditor()).isVisible();
        assertThat(p.weightEditor()).isFocused();
        assertThat(p.weightEditor()).hasValue(Pattern.compile("^" + NUMBER + "$"));
        page().keyboard().type("4");
        page().keyboard().press("Enter");
        assertThat(p.weightEditor()).isHidden();
        assertThat(page().locator(GRAPH)).isFocused(); // back on the graph, on the same weight
        assertThat(graphAnnouncer()).hasText("Weight 4 from x\u2081 to neuron 1 of layer 1. Press Enter to edit.");
        p.waitForRedraw(OUTPUT, output);
        assertThat(p.epochCounter()).hasText("Epoch 3"); // an edit is not a reset

        // Up to the bias, edit it; Escape leaves a value as it was.
        page().keyboard().press("ArrowUp");
        page().keyboard().press("Enter");
        assertThat(p.weightEditor()).isFocused();
        page().keyboard().type("-1.5");
        page().keyboard().press("Enter");
        assertThat(graphAnnouncer()).hasText("Bias -1.5 of neuron 1 of layer 1. Press Enter to edit.");
        page().keyboard().press("Enter");
        page().keyboard().type("9");
        page().keyboard().press("Escape");
        assertThat(p.weightEditor()).isHidden();
        assertThat(page().locator(GRAPH)).isFocused();
        assertThat(graphAnnouncer()).hasText("Bias -1.5 of neuron 1 of layer 1. Press Enter to edit.");

        // On a neuron Enter explains; the page's shortcuts still work on the graph; Tab moves on.
        page().keyboard().press("PageUp");
        page().keyboard().press("Enter");
        assertThat(graphAnnouncer()).containsText("Only weights and biases can be edited");
        assertThat(p.weightEditor()).isHidden();
        page().keyboard().press("s");
        assertThat(p.epochCounter()).hasText("Epoch 4");
        page().keyboard().press("Tab");
        assertThat(page().locator(GRAPH)).not().isFocused();
        assertThat(p.tooltip()).isHidden();
    }

    @Test
    void tabOrderFollowsTheLayoutOnAPhone() {
        useContext(new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
        openPaused("wasm");
        page().locator("h1").click();
        // Every focusable control, in the order Tab visits it, with its top on the page.
        int count = ((Number) page().evaluate("() => [...document.querySelectorAll('.nnp button, .nnp select, .nnp input,"
                + " .nnp [tabindex]')].filter(e => e.offsetParent !== null).length")).intValue();
        List<Object> tops = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            page().keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            List<Object> at = (List<Object>) page().evaluate("() => { const e = document.activeElement;"
                    + " return [e.getAttribute('data-key') || e.tagName, e.getBoundingClientRect().top + scrollY]; }");
            keys.add(at.get(0));
            tops.add(at.get(1));
        }
        // Tab goes down the page: never back up to a section above (within a row, controls share a top).
        for (int i = 1; i < tops.size(); i++) {
            double before = ((Number) tops.get(i - 1)).doubleValue();
            double now = ((Number) tops.get(i)).doubleValue();
            assertTrue(now >= before - 60, "Tab went up the page from " + keys.get(i - 1) + " (" + before + ") to "
                    + keys.get(i) + " (" + now + "): " + keys);
        }
    }

    // ---- text alternatives and the live region ---------------------------------------------------

    @Test
    void everyCanvasSaysWhatItShowsAndTheLiveRegionTellsTheEpochAndLoss() {
        PlaygroundPageObject p = openPaused("wasm");
        Locator live = page().locator(".nnp-live");
        assertEquals("polite", live.getAttribute("aria-live"));
        assertThat(live).hasText(Pattern.compile("^Epoch 0, training loss " + NUMBER + ", test loss " + NUMBER + ", paused$"));
        page().locator("h1").click();
        page().keyboard().press("s");
        assertThat(live).hasText(Pattern.compile("^Epoch 1, training loss " + NUMBER + ", test loss " + NUMBER + ", paused$"));
        String loss = live.textContent().replaceAll("^.*training loss ([^,]+),.*$", "$1");
        assertEquals(p.trainingLoss(), Double.parseDouble(loss), Math.abs(p.trainingLoss()) * 1e-2, "the same loss as the metrics");

        // Every canvas of the playground is an image (or the graph application) with words.
        @SuppressWarnings("unchecked")
        List<List<String>> canvases = (List<List<String>>) page().evaluate("() => [...document.querySelectorAll('.nnp canvas')]"
                + ".map(c => [c.className, c.getAttribute('role') || '', c.getAttribute('aria-label') || '',"
                + " String(c.closest('[aria-hidden=true]') !== null)])");
        for (List<String> c : canvases) {
            boolean decorative = c.get(3).equals("true"); // the data set thumbnails inside labelled buttons
            assertTrue(decorative || (c.get(1).matches("img|application") && c.get(2).length() > 20), "a text alternative: " + c);
        }
        assertThat(page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile(
                "^Output of the network over the input square, blue for one class and orange for the other,"
                        + " with the training points\\. Test accuracy [0-9]+ %\\.$"));
        assertThat(page().locator(LOSS)).hasAttribute("aria-label", Pattern.compile(
                "^Training and test loss over the epochs(, log scale)?: at epoch 1 the training loss is " + NUMBER
                        + " and the test loss " + NUMBER + "\\.$"));
        assertThat(page().locator(GRAPH)).hasAttribute("aria-label", Pattern.compile("^The network: 2 inputs \\(x\u2081, x\u2082\\),"
                + " 2 hidden layers of 4 and 2 neurons, 1 output\\..*arrow keys.*"));

        // Training: the region speaks at a polite pace, not every frame; pausing says where it stopped.
        @SuppressWarnings("unchecked")
        Map<String, Number> pace = (Map<String, Number>) page().evaluate("async () => {"
                + " const live = document.querySelector('.nnp-live'); let changes = 0;"
                + " const watch = new MutationObserver(records => { changes += records.length; });"
                + " watch.observe(live, { childList: true, characterData: true, subtree: true });"
                + " const epoch = () => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''));"
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " const start = performance.now(); const from = epoch();"
                + " document.querySelector('.nnp-play').click();"
                + " for (let i = 0; i < 200; i++) { await frame(); }"
                + " document.querySelector('.nnp-play').click();"
                + " const ms = performance.now() - start; const epochs = epoch() - from;"
                + " await frame(); await frame(); watch.disconnect();"
                + " return { changes, ms, epochs }; }");
        int epochs = pace.get("epochs").intValue();
        double seconds = pace.get("ms").doubleValue() / 1000;
        int changes = pace.get("changes").intValue();
        assertTrue(epochs > 100, "trained: " + pace);
        // At most one announcement per 5 s of training, plus the one on pausing.
        assertTrue(changes <= 1 + (int) Math.ceil(seconds / 5) + 1, "announcements while training " + pace);
        p.waitUntilPaused();
        String shown = p.epochCounter().textContent(); // "Epoch 1,234"
        assertThat(live).hasText(Pattern.compile("^" + shown + ", training loss .*, paused$"));
        assertThat(page().locator(LOSS)).hasAttribute("aria-label", Pattern.compile(".* at " + shown.toLowerCase()
                + " the training loss.*"));
    }

    // ---- reduced motion ----------------------------------------------------------------------------

    /** Pixel hashes of every canvas under {@code root} (a document or a shadow root), in order. */
    private static final String CANVAS_HASHES = "root => [...root.querySelectorAll('canvas')].map(c => {"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0;"
            + " for (let i = 0; i < d.length; i += 7) { h = (Math.imul(h, 31) + d[i]) | 0; } return h; })";

    /** Every element's transitions and animations take no time (and none runs). */
    private static final String MOTIONLESS = "root => [...root.querySelectorAll('*')].filter(e => {"
            + " const s = getComputedStyle(e);"
            + " const busy = v => v.split(',').some(t => parseFloat(t) > 0);"
            + " return busy(s.transitionDuration) || (s.animationName !== 'none' && busy(s.animationDuration)); })"
            + ".map(e => e.tagName + '.' + e.className)";

    private static Browser.NewContextOptions reducedMotion() {
        return new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE);
    }

    @Test
    void withReducedMotionNothingMovesByItself() {
        useContext(reducedMotion());
        PlaygroundPageObject p = openPlayground("wasm");
        assertEquals(Boolean.TRUE, page().evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));
        p.waitUntilDrawn(OUTPUT, 20);
        p.waitUntilDrawn(GRAPH, 20);
        Object before = page().evaluate("() => (" + CANVAS_HASHES + ")(document)");
        p.frames(60);
        assertEquals(before, page().evaluate("() => (" + CANVAS_HASHES + ")(document)"), "no canvas changed");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        assertThat(p.playButton()).hasAttribute("aria-pressed", "false");
        assertThat(page().locator(".nnp-live")).hasText(Pattern.compile("^Epoch 0, .*, paused$"));
        assertEquals(List.of(), page().evaluate("() => (" + MOTIONLESS + ")(document)"), "no transition or animation");
        // Pressing play is the reader's own choice: it trains.
        p.play();
        p.waitForEpoch(2);
    }

    @Test
    void withReducedMotionTheEmbedsWaitToo() {
        useContext(reducedMotion());
        open("/embed.html#preset=xor");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        p.waitUntilDrawn(OUTPUT, 20);
        Object before = page().evaluate("() => (" + CANVAS_HASHES + ")(document)");
        p.frames(60);
        assertEquals(before, page().evaluate("() => (" + CANVAS_HASHES + ")(document)"), "no canvas changed");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        assertEquals(List.of(), page().evaluate("() => (" + MOTIONLESS + ")(document)"));

        // The custom elements of a post, each marked autoplay, start paused.
        navigate("/example-post.html");
        page().waitForFunction("() => { const e = document.querySelector('nn-playground');"
                + " return e.shadowRoot && e.shadowRoot.querySelector('.nnp-output-canvas'); }");
        p.frames(60);
        assertEquals(List.of(0), page().evaluate("() => [...document.querySelectorAll('nn-playground')]"
                + ".filter(e => e.shadowRoot && e.shadowRoot.querySelector('.nnp-epoch')).slice(0, 1)"
                + ".map(e => parseInt(e.shadowRoot.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, '')))"));
        assertEquals(List.of(), page().evaluate("() => (" + MOTIONLESS + ")(document.querySelector('nn-playground').shadowRoot)"));
    }
}
