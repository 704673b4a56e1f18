package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;

import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.view.Palette;

/**
 * The views: the network graph (hover to read, click to edit), the output (heatmap or curve,
 * discretize, test points, class colours), the loss chart (log scale, hover read-out), the figures,
 * the divergence alert, and the page opened from disk.
 */
class PlaygroundViewsIT extends PlaygroundTest {
    private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity|∞");

    // ---- network graph ----------------------------------------------------------------------

    @Test
    void hoveringTheGraphReadsLinksBiasesAndNeurons() {
        PlaygroundPageObject p = openPaused("wasm");
        String graph = p.pixelHash(GRAPH);
        double[] link = p.findOnGraph("Weight");
        assertNotNull(link, "a link to hover");
        p.mouseTo(link);
        assertThat(p.tooltip()).isVisible();
        assertThat(p.tooltip()).hasText(Pattern.compile("^Weight -?[0-9.]+(e-?[0-9]+)? from .+ to .+ \\(click to edit\\)$"));
        p.waitForRedraw(GRAPH, graph); // the hovered link is emphasised

        double[] bias = p.findOnGraph("Bias");
        assertNotNull(bias, "a bias to hover");
        p.mouseTo(bias);
        assertThat(p.tooltip()).hasText(Pattern.compile("^Bias -?[0-9.]+(e-?[0-9]+)? of .+ \\(click to edit\\)$"));

        double[] neuron = p.findOnGraph("Neuron");
        assertNotNull(neuron, "a hidden neuron to hover");
        p.mouseTo(neuron);
        assertThat(p.tooltip()).hasText(Pattern.compile("^Neuron [0-9]+ of layer [0-9]+: mean output -?[0-9.]+"));

        page().mouse().move(1, 1);
        assertThat(p.tooltip()).isHidden();
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void editingAWeightChangesTheOutput(String build) {
        PlaygroundPageObject p = openPaused(build);
        p.stepEpochs(3);
        String output = p.pixelHash(OUTPUT);
        double[] link = p.findOnGraph("Weight");
        assertNotNull(link, "a link to click");
        p.clickAt(link);
        assertThat(p.weightEditor()).isVisible();
        assertThat(p.weightEditor()).isFocused();
        assertThat(p.weightEditor()).hasValue(Pattern.compile("^-?[0-9.]+(e-?[0-9]+)?$"));
        p.weightEditor().fill("5");
        p.weightEditor().press("Enter");
        assertThat(p.weightEditor()).isHidden();
        p.waitForRedraw(OUTPUT, output);
        assertThat(p.epochCounter()).hasText("Epoch 3"); // an edit is not a reset
        p.mouseTo(link);
        assertThat(p.tooltip()).containsText("Weight 5 from");
    }

    @Test
    void editingABiasWhileTrainingTakesEffectAndTrainingGoesOn() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(2);
        double[] bias = p.findOnGraph("Bias");
        assertNotNull(bias, "a bias to click");
        p.clickAt(bias);
        assertThat(p.weightEditor()).isVisible();
        int during = p.epoch();
        p.waitForEpoch(during + 2); // training goes on while the editor is open
        p.weightEditor().fill("-3");
        p.weightEditor().press("Enter");
        assertThat(p.weightEditor()).isHidden();
        assertThat(p.notice()).isHidden();
        p.waitForEpoch(p.epoch() + 2);
        assertTrue(p.playing());

        // Words instead of a number: the page says what it needs and changes nothing.
        p.clickAt(bias);
        p.weightEditor().fill("lots");
        p.weightEditor().press("Enter");
        assertThat(p.notice()).containsText("Type a number");
        assertThat(p.notice()).containsText("“lots” is not one");
        // Escape closes the editor without a change. (The message moved the graph down: find the bias again.)
        bias = p.findOnGraph("Bias");
        p.clickAt(bias);
        assertThat(p.weightEditor()).isVisible();
        p.weightEditor().press("Escape");
        assertThat(p.weightEditor()).isHidden();
    }

    // ---- output -----------------------------------------------------------------------------

    @Test
    void theOutputHeatmapHasALegendAndCanBeDiscretized() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(30);
        p.pause();
        assertTrue(p.distinctColours(OUTPUT) > 50, "a smooth heatmap with a legend");
        String smooth = p.pixelHash(OUTPUT);
        int smoothColours = p.distinctColours(OUTPUT);
        p.checkbox("Discretize output").check();
        p.waitForRedraw(OUTPUT, smooth);
        assertTrue(p.distinctColours(OUTPUT) < smoothColours, "a discretized heatmap has fewer colours");
        p.checkbox("Discretize output").uncheck();
        p.settle();
        assertEquals(smooth, p.pixelHash(OUTPUT));
    }

    @Test
    void oneDimensionalDataShowsTheTargetPointsAndTheFittedCurve() {
        PlaygroundPageObject p = openPaused("wasm");
        p.choose("Problem", "Regression, 1-D (curve)");
        p.dataset("Sine").click();
        assertThat(p.dataset("Sine")).hasAttribute("aria-pressed", "true");
        p.settle();
        assertTrue(p.graphDescription().contains("1 input (x)"), p.graphDescription());
        assertTrue(p.distinctColours(OUTPUT) > 5, "axes, points and a curve");
        assertTrue(p.distinctColours(GRAPH) > 5, "each neuron draws its curve");
        String output = p.pixelHash(OUTPUT);
        p.stepEpochs(5);
        p.waitForRedraw(OUTPUT, output); // the curve moves as it learns
        assertThat(p.metrics()).containsText("Training loss");
        assertThat(p.metrics()).not().containsText("% right");
    }

    @Test
    void multiclassDataShowsOneColourPerClass() {
        PlaygroundPageObject p = openPaused("wasm");
        p.choose("Problem", "Multiclass classification");
        int classes = (int) Double.parseDouble(p.slider("Classes").inputValue());
        assertTrue(classes >= 3, "several classes: " + classes);
        p.settle();
        // At epoch 0 the heatmap is pale (no class is sure yet): the full class colours are the points'.
        // Each class's points are filled with its colour: far more pixels of it than its 9 x 9 legend swatch.
        List<String> counts = new ArrayList<>();
        boolean all = true;
        for (int k = 0; k < classes; k++) {
            int rgb = Palette.LIGHT.forClass(k, classes) & 0xFFFFFF;
            int n = ((Number) page().evaluate("rgb => { const c = document.querySelector('.nnp-output-canvas');"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                    + " for (let i = 0; i < d.length; i += 4) { if (((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]) === rgb"
                    + " && d[i + 3] === 255) n++; } return n; }", rgb)).intValue();
            counts.add("class " + (k + 1) + ": " + n + " px");
            all &= n >= 300;
        }
        assertTrue(all, "every class shows in its own colour: " + counts);
        p.setSlider("Classes", classes + 1);
        assertThat(p.slider("Classes")).hasAttribute("aria-valuetext", Integer.toString(classes + 1));
        p.settle();
        assertTrue(p.graphDescription().contains((classes + 1) + " outputs"), p.graphDescription());
        assertThat(p.page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile("of " + (classes + 1) + " classes"));
        // The three-arm spiral has 3 classes whatever the Classes slider (kept for the blobs) says.
        p.dataset("Three-arm spiral").click();
        p.settle();
        assertThat(p.page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile("of 3 classes"));
    }

    // ---- loss chart and figures -------------------------------------------------------------

    @Test
    void theLossChartHasALogScaleAndAHoverReadout() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(40);
        p.pause();
        assertTrue(p.distinctColours(LOSS) > 3, "axes and lines");
        String linear = p.pixelHash(LOSS);
        p.checkbox("Log scale").check();
        p.waitForRedraw(LOSS, linear);
        p.checkbox("Log scale").uncheck();
        p.settle();
        assertEquals(linear, p.pixelHash(LOSS));

        BoundingBox box = page().locator(LOSS).boundingBox();
        page().locator(LOSS).hover(new com.microsoft.playwright.Locator.HoverOptions()
                .setPosition(box.width * 0.5, box.height * 0.5));
        p.waitForRedraw(LOSS, linear); // the read-out of the epoch under the pointer
        page().mouse().move(1, 1);
        p.settle();
        assertEquals(linear, p.pixelHash(LOSS), "the read-out goes when the pointer leaves");
    }

    @Test
    void theFiguresShowTrainAndTestLossAndAccuracy() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(20);
        assertThat(p.metrics()).containsText("Training loss");
        assertThat(p.metrics()).containsText("Test loss");
        assertThat(p.metrics().locator(".nnp-metric-accuracy")).hasCount(2);
        assertThat(p.metrics().locator(".nnp-metric-accuracy").first()).hasText(Pattern.compile("^[0-9.]+ % right$"));
        assertTrue(p.testLoss() >= 0 && p.trainingLoss() >= 0);

        // While training plays the views take turns within the frame's drawing budget: each still
        // shows the training move within a few hundred frames (none looks frozen).
        List<Number> changes = p.changesOverFrames(300, 5, OUTPUT, GRAPH, LOSS);
        assertTrue(changes.get(0).intValue() >= 5 && changes.get(1).intValue() >= 5 && changes.get(2).intValue() >= 5,
                "output, graph and loss chart each redrawn 5 times while training (changes, then frames): " + changes);
        // A click is answered in full in the next frame: the output is drawn discretized at once.
        assertTrue(p.playing());
        int smooth = p.distinctColours(OUTPUT);
        int discretized = p.coloursInTheFrameAfterClicking("input[data-key='discretize']", OUTPUT);
        // (Measured: about half the colours; the heatmap's own are gone, the points' edges and the legend stay.)
        assertTrue(discretized < smooth * 3 / 4, "the next frame shows the discretized output: " + discretized
                + " colours, against " + smooth + " smooth");
    }

    // ---- divergence -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void divergenceIsToldInWordsWithTheFixOneClickAway(String build) {
        PlaygroundPageObject p = openPaused(build);
        p.choose("Problem", "Regression, 1-D (curve)");
        p.choose("Learning rate", "10");
        p.play();
        assertThat(p.alert()).isVisible();
        assertThat(p.alert()).containsText("Training diverged");
        p.waitUntilPaused();
        assertFalse(NOT_A_NUMBER.matcher(p.metricsText()).find(), "no NaN shown as a figure: " + p.metricsText());
        assertTrue(p.distinctColours(OUTPUT) > 3, "the output is still drawn");
        assertTrue(p.distinctColours(LOSS) > 3, "the loss chart is still drawn");

        com.microsoft.playwright.Locator fix = p.alert().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^Use learning rate ")));
        assertThat(fix).isVisible();
        String rate = fix.textContent().substring("Use learning rate ".length());
        fix.click();
        assertThat(p.alert()).isHidden();
        assertEquals(rate, p.chosen("Learning rate"), "the learning rate box shows the new rate");
        assertThat(p.playButton()).hasAttribute("aria-pressed", "true");
        int from = p.epoch();
        p.waitForEpoch(from + 20);
        assertThat(p.alert()).isHidden();
        assertFalse(NOT_A_NUMBER.matcher(p.metricsText()).find(), "finite figures: " + p.metricsText());
        assertTrue(Double.isFinite(p.trainingLoss()));
    }

    // ---- from disk --------------------------------------------------------------------------

    @Test
    void openedFromDiskThePageTrainsWithTheJsBuild() {
        openFromDisk();
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(page().locator("html")).hasAttribute("data-build", "js");
        assertThat(p.playButton()).hasAttribute("aria-pressed", "true");
        p.waitForEpoch(5);
        double early = p.trainingLoss();
        p.waitForEpoch(60);
        assertTrue(p.trainingLoss() < early, "the loss falls: " + early + " then " + p.trainingLoss());
        p.waitUntilDrawn(OUTPUT, 20);
        p.waitUntilDrawn(GRAPH, 20);
        p.waitUntilDrawn(LOSS, 3);
    }
}
