package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.CompareChartPainter;

/** Each of the article's lessons, opened by its link, shows its outcome on the page. */
class LessonsIT extends BrowserTest {
    private int loads;

    private PlaygroundPageObject openPreset(String id) {
        open("/?load=" + (++loads) + "#preset=" + id);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(page().locator(".nnp-lesson h2")).isVisible();
        return p;
    }

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private double[] formulaWeights() {
        String text = page().locator(".nnp-formula").textContent();
        Matcher m = Pattern.compile("= (-?[0-9.e-]+) x ([+-]) ([0-9.e-]+)$").matcher(text);
        assertTrue(m.find(), text);
        double b = Double.parseDouble(m.group(3));
        return new double[] {Double.parseDouble(m.group(1)), m.group(2).equals("-") ? -b : b};
    }

    private boolean landscapeAndInspectorShown() {
        return page().locator(".nnp-landscape canvas").isVisible() && page().locator(".nnp-inspector-text").isVisible();
    }

    @Test
    void oneNodeReachesWeightOneAndBiasZero() {
        PlaygroundPageObject p = openPreset("one-node");
        assertTrue(landscapeAndInspectorShown());
        key("speed").selectOption("100"); // the lesson starts at one step per frame: hurry to the end
        p.waitForEpoch(300);
        p.pause();
        double[] wb = formulaWeights();
        assertEquals(1.0, wb[0], 0.01, "w");
        assertEquals(0.0, wb[1], 0.01, "b");
        assertTrue(p.distinctColours(".nnp-landscape canvas") > 20, "the loss landscape is drawn");
        assertThat(page().locator(".nnp-inspector-text")).containsText("dL/dw = 2 (out - y) x = ");
    }

    @Test
    void theArticlesLoopDivergesAndEachFixConverges() {
        openPreset("article");
        key("speed").selectOption("1"); // the lesson starts at a step every ten frames; diverge at once here
        assertThat(page().locator(".nnp-alert")).containsText("Training diverged");
        assertThat(page().locator(".nnp-alert")).containsText("scale the inputs");
        for (int i = 0; i < 3; i++) {
            openPreset("article");
            key("speed").selectOption("1");
            assertThat(page().locator(".nnp-alert")).isVisible();
            key("fix-" + i).click();
            PlaygroundPageObject p = new PlaygroundPageObject(page());
            p.waitForEpoch(100);
            assertThat(page().locator(".nnp-alert")).isHidden();
            assertTrue(p.trainingLoss() < 1.0, "fix " + i + " converges: loss " + p.trainingLoss());
        }
    }

    @Test
    void theCollapseMeterShowsOneNodeUntilALayerBends() {
        openPreset("collapse");
        assertThat(page().locator(".nnp-collapse")).containsText("the whole network is one node: y = ");
        key("activation-1").selectOption("relu");
        assertThat(page().locator(".nnp-collapse")).containsText("no longer one node");
    }

    @Test
    void activationsAndLearningRatesAreCompared() {
        PlaygroundPageObject p = openPreset("activations");
        p.waitForEpoch(20);
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5, "the comparison chart is drawn");
        openPreset("learning-rate");
        new PlaygroundPageObject(page()).waitForEpoch(20);
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5);
        assertTrue(p.distinctColours(".nnp-landscape canvas") > 20);
    }

    @Test
    void xorNeedsAHiddenLayer() {
        PlaygroundPageObject flat = openPreset("xor-linear");
        flat.waitForEpoch(100);
        assertTrue(accuracy() < 80, "without a hidden layer: " + accuracy());
        PlaygroundPageObject hidden = openPreset("xor");
        hidden.waitForEpoch(100);
        assertTrue(accuracy() >= 95, "with one: " + accuracy());
    }

    @Test
    void softmaxReachesNinetyFivePercentOnTheThreeArmSpiral() {
        // Adam's accuracy wobbles from epoch to epoch: the link stops at epoch 300, so the figure read is
        // that of one fixed, replayable state.
        open("/?load=" + (++loads) + "#preset=spiral3&stop=300");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        key("speed").selectOption("10");
        p.waitForEpoch(300);
        page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
        double accuracy = accuracy();
        assertTrue(accuracy >= 95, "accuracy " + accuracy);
    }

    @Test
    void skipConnectionsShowTheGradientFlow() {
        PlaygroundPageObject p = openPreset("skip");
        p.waitForEpoch(10);
        assertTrue(p.distinctColours(".nnp-flow canvas") > 5, "the gradient-flow strip is drawn");
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5, "with and without skips compared");
    }

    /**
     * What a person sees of the lessons about single steps, in one page per build, moving between
     * lessons by the preset menu and by the address: lesson 1 opens at one step per frame and its epoch
     * counter rises slowly, lesson 2 draws each step of its diverging epoch as it goes, lesson 4 draws
     * every activation's fit, lesson 9 the too large rate's first steps across the close-up; each
     * caption appears once; the preset menu names the open preset; Step batch says which batch.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theLessonsAboutSingleStepsShowThem(String build) {
        open("/?build=" + build + "&load=" + (++loads) + "#preset=one-node");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(page().locator(".nnp-lesson h2")).hasText("1. One node learns y = x");
        assertEquals("1 batch / frame", p.chosen("Speed"));
        assertEquals("1. One node learns y = x", p.chosen("Preset"));
        // Over 60 frames: one batch (one point) per frame, so about one epoch, and the batch counter moves.
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) page().evaluate("async () => {"
                + " const epoch = () => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''));"
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " await frame(); const from = epoch(); const batches = new Set();"
                + " for (let i = 0; i < 60; i++) { await frame(); batches.add(document.querySelector('.nnp-batch').textContent); }"
                + " return [from, epoch(), batches.size]; }");
        int from = ((Number) seen.get(0)).intValue();
        int to = ((Number) seen.get(1)).intValue();
        assertTrue(to - from <= 2, "60 frames trained " + (to - from) + " epochs, not one or more per frame");
        assertTrue(((Number) seen.get(2)).intValue() >= 20, "the batch counter moves step by step: " + seen);
        assertCaptionOnce("Watch w head for 1");

        // Lesson 2 from the menu: its caption once, the menu names it, its steps grow until it diverges.
        p.choose("Preset", "2. The article's loop");
        assertThat(page().locator(".nnp-lesson h2")).hasText("2. The article's loop");
        assertEquals("2. The article's loop", p.chosen("Preset"));
        assertEquals("1 batch / 10 frames", p.chosen("Speed"));
        assertCaptionOnce("The article's loop as written");
        Locator steps = page().locator(".nnp-steps canvas");
        page().waitForFunction("() => / [3-9] steps/.test(document.querySelector('.nnp-steps canvas').getAttribute('aria-label'))");
        int early = stepCount(steps.getAttribute("aria-label"));
        page().waitForFunction("() => /diverged/.test(document.querySelector('.nnp-steps canvas').getAttribute('aria-label'))");
        String done = steps.getAttribute("aria-label");
        int last = stepCount(done);
        assertTrue(last > early + 5, "the steps grew one by one: " + early + " then " + last);
        Matcher w = Pattern.compile("w = (-?[0-9.e]+) after step").matcher(done);
        assertTrue(w.find() && Math.abs(Double.parseDouble(w.group(1))) > 1000, "w ran away before the weights went back: " + done);
        assertThat(p.alert()).containsText("Training diverged in epoch 1");
        assertTrue(p.distinctColours(".nnp-steps canvas") > 5, "the step view is drawn");

        // Lesson 4 by address: every activation's fit is drawn in its colour.
        page().evaluate("() => { location.hash = 'preset=activations'; }");
        assertThat(page().locator(".nnp-lesson h2")).hasText("4. Activations compared");
        p.waitForEpoch(30);
        for (int k = 0; k < 5; k++) {
            int pixels = colourPixels(".nnp-fits canvas", CompareChartPainter.colour(Palette.LIGHT, k, 5), 0);
            assertTrue(pixels > 60, "fit " + k + " is drawn: " + pixels + " pixels in its colour");
        }

        // Lesson 9: after 200 epochs the too large rate is a dot on the comparison, a line across the close-up.
        page().evaluate("() => { location.hash = 'preset=learning-rate'; }");
        assertThat(page().locator(".nnp-lesson h2")).hasText("9. The learning rate");
        assertEquals("1 epoch / 10 frames", p.chosen("Speed"));
        key("speed").selectOption("10");
        p.waitForEpoch(200);
        int tooLarge = CompareChartPainter.colour(Palette.LIGHT, 2, 3);
        double across = colourSpan(".nnp-first-steps canvas", tooLarge);
        double compared = colourSpan(".nnp-compare canvas", tooLarge);
        assertTrue(across > 0.4, "the too large rate's first steps span the close-up: " + across);
        assertTrue(compared < 0.2, "on the comparison they are squeezed to the start: " + compared);

        // The classic start: its caption in the notice (it has no lesson panel); Step batch counts batches.
        p.choose("Preset", "Circle");
        assertThat(p.notice()).containsText("the playground's classic start");
        assertThat(page().locator(".nnp-lesson")).isHidden();
        p.pauseAndReset();
        for (int i = 0; i < 6; i++) {
            p.runButton("Step batch").click();
        }
        assertThat(page().locator(".nnp-batch")).hasText("batch 6 of 25");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.stepEpochs(1);
        assertThat(page().locator(".nnp-batch")).hasText("");
        // Edited away from the preset, the menu says so; picking the preset again opens it afresh.
        p.choose("Learning rate", "0.1");
        assertThat(key("preset")).hasValue("");
        assertEquals("Circle (modified)", p.chosen("Preset"));
        p.choose("Preset", "Circle");
        assertEquals("Circle", p.chosen("Preset"));
        assertEquals("0.03", p.chosen("Learning rate"));
        // An embedding that hides the epoch counter hides the batch reached with it.
        page().evaluate("() => { location.hash = 'preset=default&hide=epoch'; }");
        assertThat(p.epochCounter()).isHidden();
        assertThat(page().locator(".nnp-batch")).isHidden();
    }

    /** The caption's text appears in exactly one place a person reads: the lesson panel, not the notice too. */
    private void assertCaptionOnce(String fragment) {
        assertThat(page().locator(".nnp-caption")).containsText(fragment);
        Object count = page().evaluate("f => [...document.querySelectorAll('.nnp-caption, .nnp-notice, .nnp-alert')]"
                + ".filter(e => !e.hidden && e.textContent.includes(f)).length", fragment);
        assertEquals(1, ((Number) count).intValue(), "'" + fragment + "' is shown " + count + " times");
    }

    private static int stepCount(String label) {
        Matcher m = Pattern.compile(": ([0-9]+) steps?").matcher(label);
        assertTrue(m.find(), label);
        return Integer.parseInt(m.group(1));
    }

    /** Pixels of a canvas in exactly this colour (0xAARRGGBB), below {@code skipTop} CSS pixels. */
    private int colourPixels(String selector, int argb, int skipTop) {
        return ((Number) page().evaluate("([sel, rgb, skip]) => { const c = document.querySelector(sel);"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " const from = Math.round(skip * c.width / c.clientWidth); let n = 0;"
                + " for (let y = from; y < c.height; y++) for (let x = 0; x < c.width; x++) { const i = (y * c.width + x) * 4;"
                + "  if (d[i + 3] > 200 && ((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]) === rgb) n++; }"
                + " return n; }", List.of(selector, argb & 0xFFFFFF, skipTop))).intValue();
    }

    /**
     * How far across a chart's plot a colour reaches: the horizontal extent of its pixels below the
     * legend (the top 40 CSS pixels), as a share of the canvas width.
     */
    private double colourSpan(String selector, int argb) {
        return ((Number) page().evaluate("([sel, rgb]) => { const c = document.querySelector(sel);"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " const from = Math.round(40 * c.width / c.clientWidth); let lo = c.width, hi = -1;"
                + " for (let y = from; y < c.height; y++) for (let x = 0; x < c.width; x++) { const i = (y * c.width + x) * 4;"
                + "  if (d[i + 3] > 200 && ((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]) === rgb) { lo = Math.min(lo, x); hi = Math.max(hi, x); } }"
                + " return hi < lo ? 0 : (hi - lo) / c.width; }", List.of(selector, argb & 0xFFFFFF))).doubleValue();
    }

    /** The training accuracy shown, in percent. */
    private double accuracy() {
        String text = page().locator(".nnp-metric").first().locator(".nnp-metric-accuracy").textContent();
        return Double.parseDouble(text.replaceAll("[^0-9.]", ""));
    }
}
