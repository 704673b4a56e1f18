package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page at phone and desktop sizes, on high-density screens, with touch, and when the window is
 * resized; and screenshots of it (target/screenshots/) for a person to look at.
 */
class PlaygroundLayoutIT extends PlaygroundTest {
    private static final String CANVASES = ".nnp canvas";

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true);
    }

    private static Path screenshotDir() {
        Path target = siteDir().getParent();
        return (target == null ? Path.of("target") : target).resolve("screenshots");
    }

    /** Every canvas has a backing store of its CSS size times devicePixelRatio, and something drawn on it. */
    private static void assertCrispAndDrawn(List<List<Number>> sizes) {
        assertTrue(sizes.size() >= 4, "the canvases: " + sizes);
        for (List<Number> s : sizes) {
            assertTrue(s.get(2).intValue() > 0 && s.get(3).intValue() > 0, "a canvas with a size: " + sizes);
            assertEquals(s.get(2).intValue(), s.get(0).intValue(), "backing width = CSS width x dpr: " + sizes);
            assertEquals(s.get(3).intValue(), s.get(1).intValue(), "backing height = CSS height x dpr: " + sizes);
            assertEquals(1, s.get(4).intValue(), "every canvas is drawn: " + sizes);
        }
    }

    /** Waits until every canvas's backing store matches its CSS size times devicePixelRatio. */
    private void waitUntilFitted() {
        page().waitForFunction("() => [...document.querySelectorAll('.nnp canvas')].every(c => c.clientWidth > 0"
                + " && c.width === Math.round(c.clientWidth * devicePixelRatio)"
                + " && c.height === Math.round(c.clientHeight * devicePixelRatio))");
    }

    @Test
    void aPhoneGetsTheWholePlaygroundWithoutSidewaysScrolling() {
        useContext(phone());
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(3);
        p.waitUntilDrawn(OUTPUT, 20);
        p.waitUntilDrawn(GRAPH, 20);
        p.waitUntilDrawn(LOSS, 3);
        waitUntilFitted();
        assertEquals(Boolean.TRUE, page().evaluate("() => document.scrollingElement.scrollWidth <= innerWidth"),
                "no horizontal scrollbar at 360 px: " + page().evaluate("() => document.scrollingElement.scrollWidth"));
        assertCrispAndDrawn(p.canvasSizes(CANVASES));
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) page().evaluate("() => [...document.querySelectorAll("
                + "'.nnp button, .nnp select, .nnp input, .nnp canvas')].filter(e => e.offsetParent !== null)"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth + 0.5; })"
                + ".map(e => e.outerHTML.slice(0, 80))");
        assertTrue(outside.isEmpty(), "every control and canvas fits across the screen: " + outside);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page().evaluate("() => [...document.querySelectorAll("
                + "'.nnp button, .nnp select, .nnp input:not([type=checkbox]):not([type=range])')]"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.height < 24 || r.width < 24; })"
                + ".map(e => e.outerHTML.slice(0, 80))");
        assertTrue(small.isEmpty(), "controls are big enough to touch: " + small);

        // Touch: the run buttons answer a tap.
        p.playButton().tap();
        p.waitUntilPaused();
        int e = p.epoch();
        p.runButton("Step").tap();
        assertThat(p.epochCounter()).hasText("Epoch " + (e + 1));
        // A tap on a link opens its editor.
        double[] link = p.findOnGraph("Weight");
        assertNotNull(link, "a link to tap");
        double[] onScreen = scrollIntoView(link);
        page().touchscreen().tap(onScreen[0], onScreen[1]);
        assertThat(p.weightEditor()).isVisible();
        assertTrue(isWithinViewport(".nnp-editor"), "the weight editor fits on the phone's screen");
    }

    /**
     * Every visible control a finger taps, as [what, width, height] in CSS px: buttons, selects, text
     * boxes and sliders by their own box, a checkbox by its label's (the label is its target).
     */
    @SuppressWarnings("unchecked")
    private List<List<Object>> tapTargets() {
        return (List<List<Object>>) page().evaluate("() => [...document.querySelectorAll('.nnp button, .nnp select, .nnp input')]"
                + ".filter(e => e.offsetParent !== null && !e.closest('.nnp-sr-only'))"
                + ".map(e => { const target = e.type === 'checkbox' ? (e.closest('label') || e) : e;"
                + " const r = target.getBoundingClientRect();"
                + " return [e.getAttribute('data-key') || e.getAttribute('aria-label') || e.outerHTML.slice(0, 60), r.width, r.height]; })");
    }

    private static List<String> smallerThan(List<List<Object>> targets, double side) {
        List<String> small = new java.util.ArrayList<>();
        for (List<Object> t : targets) {
            double w = ((Number) t.get(1)).doubleValue();
            double h = ((Number) t.get(2)).doubleValue();
            if (w < side - 0.01 || h < side - 0.01) {
                small.add(t.get(0) + " " + Math.round(w * 10) / 10.0 + " x " + Math.round(h * 10) / 10.0);
            }
        }
        return small;
    }

    /** The output and the graph canvases' tops and bottoms on the page: [output top, output bottom, graph top, graph bottom]. */
    @SuppressWarnings("unchecked")
    private List<Number> outputAndGraph() {
        return (List<Number>) page().evaluate("() => { const o = document.querySelector('.nnp-output-canvas').getBoundingClientRect();"
                + " const g = document.querySelector('.nnp-graph-canvas').getBoundingClientRect();"
                + " return [o.top + scrollY, o.bottom + scrollY, g.top + scrollY, g.bottom + scrollY]; }");
    }

    @Test
    void onATouchScreenEveryTargetIsAFingerWideAndTheGraphStandsUnderTheOutput() {
        useContext(phone());
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(3);
        p.pause();
        List<List<Object>> targets = tapTargets();
        assertTrue(targets.size() > 30, "the controls: " + targets);
        assertEquals(List.of(), smallerThan(targets, 44), "every target is at least 44 x 44 CSS px");

        // The graph right under the output's plot: both on one screen, scrolled to the output.
        List<Number> at = outputAndGraph();
        double top = at.get(0).doubleValue();
        double bottom = Math.max(at.get(1).doubleValue(), at.get(3).doubleValue());
        double screen = ((Number) page().evaluate("() => innerHeight")).doubleValue();
        assertTrue(at.get(2).doubleValue() >= at.get(1).doubleValue(), "the graph below the output: " + at);
        assertTrue(bottom - top <= screen, "the output and the graph fit on one screen of " + screen + " px: " + at);
        assertEquals(Boolean.TRUE, page().evaluate("() => !!document.querySelector('.nnp-output .nnp-graph-canvas')"));
        // A finger has no hover: a tap on a neuron shows it in the output until the focus leaves the graph.
        double[] neuron = p.findOnGraph("Neuron");
        assertNotNull(neuron, "a hidden neuron to tap");
        double[] onScreen = scrollIntoView(neuron);
        page().touchscreen().tap(onScreen[0], onScreen[1]);
        assertThat(page().locator(".nnp-output-caption")).hasText(java.util.regex.Pattern.compile("^Showing neuron [0-9]+ of layer [0-9]+$"));
        page().evaluate("y => scrollTo(0, y - 8)", top);
        p.settle();
        page().screenshot(new Page.ScreenshotOptions().setPath(screenshotDir().resolve("phone-output-and-graph.png")));
        page().locator(".nnp-output h2").tap();
        assertThat(page().locator(".nnp-output-caption")).isHidden();

        // A lesson's buttons too (the divergence lesson: its fixes and the alert's).
        page().evaluate("() => { location.hash = 'preset=article'; }");
        assertThat(page().locator(".nnp-lesson")).isVisible();
        // The lesson walks to its divergence a step every ten frames (about 24 steps): on a busy machine
        // that takes longer than the default wait, so wait as long as AccessibilityIT does for it.
        assertThat(p.alert()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertEquals(List.of(), smallerThan(tapTargets(), 44), "every target of a lesson is at least 44 x 44 CSS px");

        // Wider, the graph goes back to the network column, and back again on a phone's width.
        page().setViewportSize(1280, 800);
        page().waitForFunction("() => !!document.querySelector('.nnp-network .nnp-graph-canvas')");
        page().setViewportSize(360, 740);
        page().waitForFunction("() => !!document.querySelector('.nnp-output .nnp-graph-canvas')");
    }

    private double[] scrollIntoView(double[] pagePoint) {
        @SuppressWarnings("unchecked")
        List<Number> scroll = (List<Number>) page().evaluate("([x, y]) => { scrollTo(0, Math.max(0, y - innerHeight / 2));"
                + " return [scrollX, scrollY]; }", List.of(pagePoint[0], pagePoint[1]));
        return new double[] {pagePoint[0] - scroll.get(0).doubleValue(), pagePoint[1] - scroll.get(1).doubleValue()};
    }

    private boolean isWithinViewport(String selector) {
        return Boolean.TRUE.equals(page().evaluate("sel => { const r = document.querySelector(sel).getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= innerWidth; }", selector));
    }

    @Test
    void resizingRedrawsEveryCanvasAtItsNewSize() {
        page().setViewportSize(1400, 1000);
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(3);
        waitUntilFitted();
        assertCrispAndDrawn(p.canvasSizes(CANVASES));
        double wideOutput = ((Number) page().evaluate("() => document.querySelector('.nnp-output-canvas').clientWidth")).doubleValue();
        double wideGraph = ((Number) page().evaluate("() => document.querySelector('.nnp-graph-canvas').clientWidth")).doubleValue();
        p.pause();

        page().setViewportSize(700, 900);
        page().waitForFunction("([o, g]) => document.querySelector('.nnp-output-canvas').clientWidth !== o"
                + " && document.querySelector('.nnp-graph-canvas').clientWidth !== g", List.of(wideOutput, wideGraph));
        waitUntilFitted();
        p.settle();
        assertCrispAndDrawn(p.canvasSizes(CANVASES));
        assertEquals(Boolean.TRUE, page().evaluate("() => document.scrollingElement.scrollWidth <= innerWidth"));

        page().setViewportSize(1400, 1000);
        waitUntilFitted();
        p.settle();
        assertCrispAndDrawn(p.canvasSizes(CANVASES));
    }

    @Test
    void onAHighDensityScreenCanvasesHaveTwiceThePixels() {
        useContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setDeviceScaleFactor(2));
        PlaygroundPageObject p = openPlayground("wasm");
        assertEquals(2.0, ((Number) page().evaluate("() => devicePixelRatio")).doubleValue());
        p.waitForEpoch(3);
        waitUntilFitted();
        List<List<Number>> sizes = p.canvasSizes(CANVASES);
        assertCrispAndDrawn(sizes);
        Object outputCss = page().evaluate("() => document.querySelector('.nnp-output-canvas').clientWidth");
        assertEquals(2 * ((Number) outputCss).intValue(),
                ((Number) page().evaluate("() => document.querySelector('.nnp-output-canvas').width")).intValue());
    }

    @Test
    void screenshotsAtDesktopAndPhoneSize() {
        Path dir = screenshotDir();
        page().setViewportSize(1400, 1000);
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(120);
        p.waitUntilDrawn(OUTPUT, 20);
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("desktop.png")).setFullPage(true));
        // With a mouse the touch sizes do not apply, and the graph stands in the network column.
        assertEquals(Boolean.FALSE, page().evaluate("() => matchMedia('(pointer: coarse)').matches"));
        double step = p.runButton("Step").boundingBox().height;
        double check = page().locator(".nnp .field.check").first().boundingBox().height;
        assertTrue(step < 40 && check < 40, "mouse-sized targets: Step " + step + " px, a checkbox row " + check + " px");
        assertEquals(Boolean.TRUE, page().evaluate("() => !!document.querySelector('.nnp-network .nnp-graph-canvas')"));

        double[] link = p.findOnGraph("Weight");
        assertNotNull(link);
        p.pause();
        p.mouseTo(link);
        assertThat(p.tooltip()).isVisible();
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("desktop-hover.png")));

        p.choose("Problem", "Regression, 1-D (curve)");
        p.dataset("Sine").click();
        p.choose("Learning rate", "10");
        p.play();
        assertThat(p.alert()).isVisible();
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("desktop-diverged.png")).setFullPage(true));

        p.alert().getByText("Use learning rate").click();
        page().setViewportSize(800, 1000);
        p.choose("Problem", "Multiclass classification");
        p.choose("Learning rate", "0.03");
        p.play();
        p.waitForEpoch(40);
        waitUntilFitted();
        p.settle();
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("tablet.png")).setFullPage(true));

        useContext(phone());
        p = openPlayground("wasm");
        p.waitForEpoch(60);
        waitUntilFitted();
        p.settle();
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("phone.png")).setFullPage(true));
        page().screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("phone-top.png")));
    }
}
